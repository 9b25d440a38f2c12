package org.commissioninghub.monitoring;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.monitoring.ReturnCommands.CaseStudyRequest;
import org.commissioninghub.monitoring.ReturnCommands.Figures;
import org.commissioninghub.monitoring.ReturnCommands.FiguresRequest;
import org.commissioninghub.monitoring.ReturnCommands.RatingRequest;
import org.commissioninghub.monitoring.ReturnCommands.ReceiptRequest;
import org.commissioninghub.monitoring.ReturnCommands.Review;
import org.commissioninghub.monitoring.ReturnCommands.ReviewRequest;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.FieldIds;
import org.commissioninghub.shared.Refusals;
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
    return page(actors.of(auth), id, null, model);
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
    ReturnTemplate template = workflow.templateOf(id);
    Map<String, String> typed = new LinkedHashMap<>();
    for (MetricDefinition m : template.metrics()) {
      typed.put(m.code(), request.getParameter("values." + m.code()));
    }
    FiguresRequest figures = new FiguresRequest(typed, request.getParameter("narrative"));
    return Refusals.onPage(
        model,
        () -> {
          workflow.save(actor, id, version, figures.toCommand(template));
          flash.addFlashAttribute("success", "The return has been saved");
          return "redirect:/monitoring/returns/" + id;
        },
        () -> {
          typed.put("narrative", figures.narrative());
          return page(actor, id, typed, model);
        });
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
    CaseStudyRequest study = new CaseStudyRequest(theme, story, consent, confirmed);
    return Refusals.onPage(
        model,
        () -> {
          workflow.addCaseStudy(actor, id, study.toCommand());
          flash.addFlashAttribute("success", "The case study has been added");
          return "redirect:/monitoring/returns/" + id + "#case-studies";
        },
        () -> {
          model.addAttribute("typedTheme", theme);
          model.addAttribute("typedStory", story);
          model.addAttribute("typedConsent", consent);
          return page(actor, id, null, model);
        });
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
    String filename = file == null ? null : file.getOriginalFilename();
    byte[] content = file == null ? null : file.getBytes();
    return Refusals.onPage(
        model,
        () -> {
          workflow.upload(actor, id, version, filename, content);
          flash.addFlashAttribute("success", "The spreadsheet's figures have been saved");
          return "redirect:/monitoring/returns/" + id;
        },
        () -> page(actor, id, null, model));
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
    ReceiptRequest receipt = new ReceiptRequest(day, month, year, note);
    return Refusals.onPage(
        model,
        () -> {
          Figures saved = new Figures(workflow.values(id), workflow.narrative(id));
          workflow.recordReceived(actor, id, saved, receipt.toCommand());
          flash.addFlashAttribute("success", "The return is recorded as received and accepted");
          return "redirect:/monitoring/returns/" + id;
        },
        () -> {
          model.addAttribute("typedNote", note);
          model.addAttribute("typedDay", day);
          model.addAttribute("typedMonth", month);
          model.addAttribute("typedYear", year);
          return page(actor, id, null, model);
        });
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
    RatingRequest rating = new RatingRequest(rag, ragReason);
    return Refusals.onPage(
        model,
        () -> {
          workflow.rate(actor, id, rating.toCommand());
          flash.addFlashAttribute("success", "The quarter's rating is recorded");
          return "redirect:/monitoring/returns/" + id + "#rating";
        },
        () -> {
          model.addAttribute("typedRag", rag);
          model.addAttribute("typedRagReason", ragReason);
          return page(actor, id, null, model);
        });
  }

  @PostMapping("/monitoring/returns/{id}/certify")
  String certify(
      @PathVariable long id, Authentication auth, Model model, RedirectAttributes flash) {
    Actor actor = actors.of(auth);
    return Refusals.onPage(
        model,
        () -> {
          workflow.certify(actor, id);
          flash.addFlashAttribute(
              "success", "The return is certified and sent to the commissioner");
          return "redirect:/monitoring/returns/" + id;
        },
        () -> page(actor, id, null, model));
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
    ReviewRequest review = new ReviewRequest(decision, comment);
    return Refusals.onPage(
        model,
        () -> {
          Review command = review.toCommand();
          workflow.review(actor, id, command);
          flash.addFlashAttribute(
              "success",
              command.accept()
                  ? "The return is accepted"
                  : "The return is sent back to the provider");
          return "redirect:/monitoring/returns/" + id;
        },
        () -> {
          model.addAttribute("typedComment", comment);
          return page(actor, id, null, model);
        });
  }

  /** The return's page; the figures as typed when shown again after a refusal. */
  private String page(Actor actor, long id, Map<String, String> typed, Model model) {
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
    if (!model.containsAttribute("problems")) {
      FieldIds.show(model, List.of());
    }
    return "monitoring/return";
  }
}
