package org.commissioninghub.priorities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.CsvWriter;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Refusals;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Choosing the priorities a record serves, and the year's alignment of CRG projects. */
@Controller
class TagsController {

  private final PriorityTags tags;
  private final Actors actors;
  private final Clock clock;

  TagsController(PriorityTags tags, Actors actors, Clock clock) {
    this.tags = tags;
    this.actors = actors;
    this.clock = clock;
  }

  @GetMapping("/priorities/tags")
  String form(
      @RequestParam String type,
      @RequestParam String id,
      @RequestParam(required = false) String date,
      Model model) {
    LocalDate on;
    try {
      on = date == null || date.isBlank() ? LocalDate.now(clock) : LocalDate.parse(date.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw InvalidInputException.of(
          "TAGS-2", "date", "\"" + date + "\" is not a date like 2024-04-01");
    }
    model.addAttribute("type", type);
    model.addAttribute("id", id);
    model.addAttribute("date", on);
    model.addAttribute("candidates", tags.candidates(on));
    model.addAttribute("chosen", tags.chosen(type, id));
    model.addAttribute("back", back(type, id));
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "priorities/tags";
  }

  @PostMapping("/priorities/tags")
  String save(
      @RequestParam String type,
      @RequestParam String id,
      @RequestParam(required = false) String date,
      @RequestParam(required = false) Long primary,
      @RequestParam(required = false) List<Long> secondary,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    return Refusals.onPage(
        model,
        () -> {
          tags.tag(actors.of(auth), new TagRequest(type, id, date, primary, secondary).toCommand());
          redirect.addFlashAttribute("success", "The priorities it serves are saved");
          return "redirect:" + back(type, id);
        },
        () -> form(type, id, date, model));
  }

  @GetMapping("/priorities/alignment")
  String alignment(@RequestParam(required = false) String year, Model model) {
    model.addAttribute("alignment", tags.alignment(year(year)));
    return "priorities/alignment";
  }

  @GetMapping("/priorities/alignment.csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) String year) {
    Alignment alignment = tags.alignment(year(year));
    CsvWriter csv =
        new CsvWriter()
            .row(
                "Financial year",
                "Projects",
                "Plan",
                "Priority or theme",
                "Kind",
                "Projects tagged",
                "Of which as primary",
                "Of projects",
                "Share of projects (%)",
                "Value tagged",
                "Of value",
                "Share of value (%)");
    for (Alignment.Line l : alignment.lines()) {
      csv.row(
          alignment.year().label(),
          l.group(),
          l.plan(),
          l.item(),
          l.kind().label(),
          String.valueOf(l.projects()),
          String.valueOf(l.primary()),
          String.valueOf(l.ofProjects()),
          String.valueOf(l.percentOfProjects()),
          l.value().plain(),
          l.ofValue().plain(),
          String.valueOf(l.percentOfValue()));
    }
    return csv.download("alignment-" + alignment.year().label().replace('/', '-') + ".csv");
  }

  private FinancialYear year(String year) {
    return year == null || year.isBlank()
        ? FinancialYear.containing(LocalDate.now(clock)).previous()
        : FinancialYear.parse(year);
  }

  /** The tagged record's own page. */
  private static String back(String type, String id) {
    return switch (type) {
      case "award" -> "/awards/" + id;
      case "contract" -> "/contracts/" + id;
      case "programme" -> "/programmes/" + id;
      default -> "/priorities/alignment";
    };
  }
}
