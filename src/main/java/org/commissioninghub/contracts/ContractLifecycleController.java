package org.commissioninghub.contracts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.CsvWriter;
import org.commissioninghub.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for extension decisions, variations and re-commissioning. */
@Controller
class ContractLifecycleController {

  private final Contracts contracts;
  private final ContractLifecycle lifecycle;
  private final AuditLog audit;

  private final org.commissioninghub.shared.DeliveryRecords delivery;

  ContractLifecycleController(
      Contracts contracts,
      ContractLifecycle lifecycle,
      AuditLog audit,
      org.commissioninghub.shared.DeliveryRecords delivery) {
    this.delivery = delivery;
    this.contracts = contracts;
    this.lifecycle = lifecycle;
    this.audit = audit;
  }

  @GetMapping("/contracts/recommissioning")
  String board(Model model) {
    model.addAttribute("rows", lifecycle.board());
    return "contracts/recommissioning";
  }

  @GetMapping("/contracts/recommissioning.csv")
  void boardCsv(Principal principal, HttpServletResponse response) throws IOException {
    List<RecommissioningRow> rows = lifecycle.board();
    audit.recordExport("recommissioning-board.csv", rows.size() + " contracts");
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"recommissioning-board.csv\"");
    PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
    CsvWriter csv =
        new CsvWriter(out)
            .row(
                "contract",
                "title",
                "status",
                "current_end",
                "latest_possible_end",
                "options_left",
                "next_decision_deadline",
                "stage_expected_today",
                "stage_recorded",
                "next_stage",
                "next_stage_starts",
                "overdue");
    for (RecommissioningRow r : rows) {
      csv.row(
          r.contract().publicId(),
          r.contract().title(),
          r.contract().status().label(),
          text(r.term().currentEnd()),
          text(r.term().latestPossibleEnd()),
          String.valueOf(r.term().optionsLeft()),
          text(r.term().nextDecisionDeadline()),
          r.expectedStage().label(),
          r.recordedStage().label(),
          r.nextStep() == null ? null : r.nextStep().stage().label(),
          r.nextStep() == null ? null : text(r.nextStep().startsOn()),
          String.join("; ", r.overdue()));
    }
    out.flush();
  }

  @GetMapping("/contracts/{id}/extensions/new")
  String extensionForm(@PathVariable String id, Model model) {
    return extensionForm(
        id, new ExtensionCommand("EXTEND", null, null, null, null, null, null, false, null), model);
  }

  private String extensionForm(String id, ExtensionCommand form, Model model) {
    ContractView contract = contracts.get(id);
    model.addAttribute("contract", contract);
    model.addAttribute("term", lifecycle.term(id));
    model.addAttribute("form", form);
    var quarters = delivery.forContract(id);
    model.addAttribute("quarters", quarters);
    model.addAttribute(
        "deliverySummary", org.commissioninghub.shared.DeliveryRecords.summary(quarters));
    return "contracts/extension-form";
  }

  @PostMapping("/contracts/{id}/extensions")
  String decide(
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String months,
      @RequestParam(required = false) String newEndDate,
      @RequestParam(required = false) String performance,
      @RequestParam(required = false) String quality,
      @RequestParam(required = false) String funding,
      @RequestParam(required = false) String decidedOn,
      @RequestParam(required = false) boolean exception,
      @RequestParam(required = false) String exceptionReasons,
      Principal principal,
      Model model,
      RedirectAttributes flash) {
    ExtensionCommand form =
        new ExtensionCommand(
            outcome,
            months,
            newEndDate,
            performance,
            quality,
            funding,
            decidedOn,
            exception,
            exceptionReasons);
    return Refusals.onPage(
        model,
        () -> {
          ExtensionDecision d = lifecycle.decide(id, version, form, principal.getName());
          flash.addFlashAttribute(
              "success",
              "Decision "
                  + d.number()
                  + " recorded"
                  + (d.late() ? " (late: the deadline was " + d.deadline() + ")" : "")
                  + (d.approval() == ExceptionApproval.AWAITING
                      ? "; the exception now needs approval by someone else"
                      : ""));
          return "redirect:/contracts/" + id;
        },
        () -> extensionForm(id, form, model));
  }

  @PostMapping("/contracts/{id}/extensions/{number}/approval")
  String answer(
      @PathVariable String id,
      @PathVariable int number,
      @RequestParam String answer,
      @RequestParam(required = false) String note,
      Principal principal,
      RedirectAttributes flash) {
    String back = "/contracts/" + id;
    return Refusals.asWarning(
        flash,
        () -> {
          ExtensionDecision d =
              lifecycle.answerException(
                  id, number, "approve".equals(answer), note, principal.getName());
          flash.addFlashAttribute(
              "success",
              "Exception " + d.approval().label().toLowerCase() + " by " + d.approvedBy());
          return "redirect:" + back;
        },
        back);
  }

  @GetMapping("/contracts/{id}/variations/new")
  String variationForm(@PathVariable String id, Model model) {
    return variationForm(id, new VariationCommand(null, null, null, null), model);
  }

  private String variationForm(String id, VariationCommand form, Model model) {
    model.addAttribute("contract", contracts.get(id));
    model.addAttribute("form", form);
    Map<String, String> fields = new LinkedHashMap<>();
    Arrays.stream(VariationField.values()).forEach(f -> fields.put(f.name(), f.label()));
    model.addAttribute("fields", fields);
    return "contracts/variation-form";
  }

  @PostMapping("/contracts/{id}/variations")
  String vary(
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam(required = false) String field,
      @RequestParam(required = false) String newValue,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String effectiveDate,
      Principal principal,
      Model model,
      RedirectAttributes flash) {
    VariationCommand form = new VariationCommand(field, newValue, reason, effectiveDate);
    return Refusals.onPage(
        model,
        () -> {
          ContractVariation v = lifecycle.vary(id, version, form, principal.getName());
          flash.addFlashAttribute(
              "success",
              "Variation " + v.number() + " recorded: " + v.field().label() + " changed");
          return "redirect:/contracts/" + id;
        },
        () -> variationForm(id, form, model));
  }

  @PostMapping("/contracts/{id}/recommissioning")
  String recordStage(
      @PathVariable String id,
      @RequestParam int version,
      @RequestParam(required = false) String stage,
      Principal principal,
      RedirectAttributes flash) {
    String back = "/contracts/" + id;
    return Refusals.asWarning(
        flash,
        () -> {
          lifecycle.recordStage(id, version, stage, principal.getName());
          flash.addFlashAttribute("success", "Re-commissioning stage recorded");
          return "redirect:" + back;
        },
        back);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
