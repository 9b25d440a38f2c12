package org.commissioninghub.monitoring;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FieldIds;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One return: filled in and certified by the provider, reviewed by the commissioner. */
@Controller
class ReturnController {

  private final ReturnWorkflow workflow;
  private final Actors actors;

  ReturnController(ReturnWorkflow workflow, Actors actors) {
    this.workflow = workflow;
    this.actors = actors;
  }

  @GetMapping("/monitoring/returns/{id}")
  String show(@PathVariable long id, Authentication auth, Model model) {
    return page(actors.of(auth), id, null, List.of(), model);
  }

  @PostMapping("/monitoring/returns/{id}")
  String save(
      @PathVariable long id,
      @RequestParam int version,
      HttpServletRequest request,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    Actor actor = actors.of(auth);
    Map<String, String> typed = new LinkedHashMap<>();
    for (MetricDefinition m : workflow.templateOf(id).metrics()) {
      typed.put(m.code(), request.getParameter("values." + m.code()));
    }
    String narrative = request.getParameter("narrative");
    try {
      workflow.save(actor, id, version, typed, narrative);
      flash.addFlashAttribute("success", "The return has been saved");
      return "redirect:/monitoring/returns/" + id;
    } catch (InvalidInputException e) {
      typed.put("narrative", narrative);
      return page(actor, id, typed, e.problems(), model);
    } catch (ConflictException e) {
      typed.put("narrative", narrative);
      return page(actor, id, typed, List.of(new FieldProblem("", e.getMessage())), model);
    }
  }

  @PostMapping("/monitoring/returns/{id}/case-studies")
  String addCaseStudy(
      @PathVariable long id,
      @RequestParam(required = false) String theme,
      @RequestParam(required = false) String story,
      @RequestParam(required = false) boolean consent,
      @RequestParam(required = false) boolean confirmed,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    Actor actor = actors.of(auth);
    try {
      workflow.addCaseStudy(actor, id, theme, story, consent, confirmed);
      flash.addFlashAttribute("success", "The case study has been added");
      return "redirect:/monitoring/returns/" + id + "#case-studies";
    } catch (InvalidInputException e) {
      model.addAttribute("typedTheme", theme);
      model.addAttribute("typedStory", story);
      model.addAttribute("typedConsent", consent);
      return page(actor, id, null, e.problems(), model);
    } catch (ConflictException e) {
      return page(actor, id, null, List.of(new FieldProblem("", e.getMessage())), model);
    }
  }

  @GetMapping("/monitoring/returns/{id}/spreadsheet.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id, Authentication auth) {
    return download(
        workflow.spreadsheet(actors.of(auth), id, true),
        "monitoring-return-" + id + ".xlsx",
        MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
  }

  @GetMapping("/monitoring/returns/{id}/spreadsheet.csv")
  ResponseEntity<byte[]> csv(@PathVariable long id, Authentication auth) {
    return download(
        workflow.spreadsheet(actors.of(auth), id, false),
        "monitoring-return-" + id + ".csv",
        new MediaType("text", "csv", StandardCharsets.UTF_8));
  }

  private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(body);
  }

  @PostMapping("/monitoring/returns/{id}/upload")
  String upload(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(required = false) MultipartFile file,
      Authentication auth,
      Model model,
      RedirectAttributes flash)
      throws java.io.IOException {
    Actor actor = actors.of(auth);
    try {
      workflow.upload(
          actor,
          id,
          version,
          file == null ? null : file.getOriginalFilename(),
          file == null ? null : file.getBytes());
      flash.addFlashAttribute("success", "The spreadsheet's figures have been saved");
      return "redirect:/monitoring/returns/" + id;
    } catch (InvalidInputException e) {
      return page(actor, id, null, e.problems(), model);
    } catch (ConflictException e) {
      return page(actor, id, null, List.of(new FieldProblem("file", e.getMessage())), model);
    }
  }

  /**
   * An officer records the saved figures as a return the provider sent outside the system (on
   * paper, by email, or where no provider is named), with the date it arrived.
   */
  @PostMapping("/monitoring/returns/{id}/record")
  String record(
      @PathVariable long id,
      @RequestParam(name = "receivedOn-day", required = false) String day,
      @RequestParam(name = "receivedOn-month", required = false) String month,
      @RequestParam(name = "receivedOn-year", required = false) String year,
      @RequestParam(required = false) String note,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    Actor actor = actors.of(auth);
    java.time.LocalDate receivedOn = null;
    try {
      receivedOn =
          java.time.LocalDate.of(
              Integer.parseInt(year.strip()),
              Integer.parseInt(month.strip()),
              Integer.parseInt(day.strip()));
    } catch (RuntimeException e) {
      receivedOn = null;
    }
    Map<String, String> saved = new LinkedHashMap<>();
    workflow.values(id).forEach((code, value) -> saved.put(code, String.valueOf(value)));
    try {
      workflow.recordReceived(actor, id, saved, workflow.narrative(id), receivedOn, note);
      flash.addFlashAttribute("success", "The return is recorded as received and accepted");
      return "redirect:/monitoring/returns/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("typedNote", note);
      model.addAttribute("typedDay", day);
      model.addAttribute("typedMonth", month);
      model.addAttribute("typedYear", year);
      return page(actor, id, null, e.problems(), model);
    } catch (ConflictException e) {
      return page(actor, id, null, List.of(new FieldProblem("", e.getMessage())), model);
    }
  }

  @PostMapping("/monitoring/returns/{id}/rating")
  String rate(
      @PathVariable long id,
      @RequestParam(required = false) String rag,
      @RequestParam(required = false) String ragReason,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    Actor actor = actors.of(auth);
    try {
      workflow.rate(actor, id, rag, ragReason);
      flash.addFlashAttribute("success", "The quarter's rating is recorded");
      return "redirect:/monitoring/returns/" + id + "#rating";
    } catch (InvalidInputException e) {
      model.addAttribute("typedRag", rag);
      model.addAttribute("typedRagReason", ragReason);
      return page(actor, id, null, e.problems(), model);
    }
  }

  @PostMapping("/monitoring/returns/{id}/certify")
  String certify(
      @PathVariable long id, Authentication auth, Model model, RedirectAttributes flash) {
    Actor actor = actors.of(auth);
    try {
      workflow.certify(actor, id);
      flash.addFlashAttribute("success", "The return is certified and sent to the commissioner");
      return "redirect:/monitoring/returns/" + id;
    } catch (InvalidInputException e) {
      return page(actor, id, null, e.problems(), model);
    } catch (ConflictException e) {
      return page(actor, id, null, List.of(new FieldProblem("", e.getMessage())), model);
    }
  }

  @PostMapping("/monitoring/returns/{id}/review")
  String review(
      @PathVariable long id,
      @RequestParam(required = false) String decision,
      @RequestParam(required = false) String comment,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    Actor actor = actors.of(auth);
    try {
      boolean accept = "ACCEPT".equals(decision);
      if (!accept && !"SEND_BACK".equals(decision)) {
        throw InvalidInputException.of(
            "RETURN-9", "decision", "Choose whether to accept the return or send it back");
      }
      workflow.review(actor, id, accept, comment);
      flash.addFlashAttribute(
          "success", accept ? "The return is accepted" : "The return is sent back to the provider");
      return "redirect:/monitoring/returns/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("typedComment", comment);
      return page(actor, id, null, e.problems(), model);
    } catch (ConflictException e) {
      return page(actor, id, null, List.of(new FieldProblem("", e.getMessage())), model);
    }
  }

  private String page(
      Actor actor, long id, Map<String, String> typed, List<FieldProblem> problems, Model model) {
    MonitoringReturnView r = workflow.get(actor, id);
    ReturnTemplate template = workflow.templateOf(id);
    Map<String, String> shown = new LinkedHashMap<>();
    if (typed == null) {
      workflow.values(id).forEach((code, value) -> shown.put(code, String.format("%,d", value)));
      shown.put("narrative", workflow.narrative(id));
    } else {
      shown.putAll(typed);
    }
    boolean provider = actor.has(Role.PROVIDER) || actor.has(Role.CSP_LEAD);
    model.addAttribute("r", r);
    model.addAttribute("template", template);
    model.addAttribute("shown", shown);
    model.addAttribute("version", workflow.version(id));
    model.addAttribute(
        "editable",
        r.status().owed() && (provider || actor.has(Role.OFFICER) || actor.has(Role.ADMIN)));
    model.addAttribute("mayCertify", r.status() == ReturnStatus.DRAFT && provider);
    model.addAttribute(
        "mayReview",
        r.status() == ReturnStatus.CERTIFIED && (actor.has(Role.OFFICER) || actor.has(Role.ADMIN)));
    model.addAttribute("stillWrong", r.status().owed() ? workflow.problems(id) : List.of());
    model.addAttribute("comment", workflow.reviewComment(id));
    model.addAttribute("submissions", workflow.submissions(id));
    model.addAttribute("caseStudies", workflow.caseStudies(id));
    model.addAttribute("anomalies", workflow.anomalies(actor, id));
    model.addAttribute("today", workflow.today());
    model.addAttribute(
        "mayRate",
        !r.status().owed()
            && r.status() != ReturnStatus.DRAFT
            && (actor.has(Role.OFFICER) || actor.has(Role.ADMIN)));
    model.addAttribute("rags", Rag.values());
    model.addAttribute(
        "mayRecord", r.status().owed() && (actor.has(Role.OFFICER) || actor.has(Role.ADMIN)));
    FieldIds.show(model, problems);
    return "monitoring/return";
  }
}
