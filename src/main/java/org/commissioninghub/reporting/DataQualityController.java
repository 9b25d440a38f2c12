package org.commissioninghub.reporting;

import org.commissioninghub.audit.DataQualityNotes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DataQualityController {

  private final DataQualityNotes notes;

  DataQualityController(DataQualityNotes notes) {
    this.notes = notes;
  }

  @GetMapping("/data-quality")
  String list(Model model) {
    model.addAttribute("notes", notes.all());
    return "reporting/data-quality";
  }
}
