package org.commissioninghub.opendata;

import java.nio.charset.StandardCharsets;
import org.commissioninghub.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Open data in the field's standards: the grants as 360Giving data (public files at stable URLs,
 * and the publishing step) and the contracts as OCDS.
 */
@Controller
class ThreeSixtyController {

  private final ThreeSixtyGiving threeSixty;
  private final OpenContracting openContracting;

  ThreeSixtyController(ThreeSixtyGiving threeSixty, OpenContracting openContracting) {
    this.threeSixty = threeSixty;
    this.openContracting = openContracting;
  }

  /** The contracts as an OCDS 1.1.5 release package, made from the records on each request. */
  @GetMapping("/open-data/ocds/releases.json")
  ResponseEntity<String> ocds() {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(openContracting.releasePackage().toString());
  }

  @GetMapping("/open-data/360giving")
  String page(Authentication auth, Model model) {
    model.addAttribute("publication", threeSixty.latest().orElse(null));
    boolean staff =
        auth != null
            && auth.getAuthorities().stream()
                .anyMatch(
                    a ->
                        a.getAuthority().equals("ROLE_OFFICER")
                            || a.getAuthority().equals("ROLE_ADMIN"));
    model.addAttribute("mayPublish", staff);
    if (staff && !model.containsAttribute("refused")) {
      model.addAttribute("check", threeSixty.check());
    }
    return "opendata/360giving";
  }

  @PostMapping("/open-data/360giving/publish")
  String publish(Authentication auth, Model model, RedirectAttributes flash) {
    try {
      Publication p = threeSixty.publish(auth.getName());
      flash.addFlashAttribute(
          "success", p.grants() + " grants published as 360Giving JSON, CSV and XLSX");
      return "redirect:/open-data/360giving";
    } catch (PublicationRefusedException e) {
      model.addAttribute("refused", e.report());
      model.addAttribute("check", e.report());
      return page(auth, model);
    }
  }

  @GetMapping("/open-data/360giving.json")
  ResponseEntity<byte[]> json() {
    return file("json", MediaType.APPLICATION_JSON);
  }

  @GetMapping("/open-data/360giving.csv")
  ResponseEntity<byte[]> csv() {
    return file("csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
  }

  @GetMapping("/open-data/360giving.xlsx")
  ResponseEntity<byte[]> xlsx() {
    return file(
        "xlsx",
        MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
  }

  private ResponseEntity<byte[]> file(String form, MediaType type) {
    byte[] body =
        threeSixty
            .latestFile(form)
            .orElseThrow(() -> new NotFoundException("360Giving publication", "latest"));
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"360giving." + form + "\"")
        .body(body);
  }
}
