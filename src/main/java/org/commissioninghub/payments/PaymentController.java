package org.commissioninghub.payments;

import java.util.List;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FieldIds;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Payments made, scheduled payments with hold and release, and approval limits. */
@Controller
class PaymentController {

  private final Payments payments;
  private final Actors actors;

  PaymentController(Payments payments, Actors actors) {
    this.payments = payments;
    this.actors = actors;
  }

  @GetMapping("/payments")
  String list(
      @RequestParam(required = false) String year,
      @RequestParam(name = "class", required = false) String paymentClass,
      @RequestParam(required = false) String award,
      Model model) {
    FinancialYear fy = year == null || year.isBlank() ? null : FinancialYear.parse(year);
    PaymentClass cls = PaymentClass.read(paymentClass);
    List<PaymentView> list = payments.list(fy, cls, award);
    model.addAttribute("payments", list);
    model.addAttribute(
        "total", list.stream().map(PaymentView::amount).reduce(Money.ZERO, Money::plus));
    model.addAttribute("year", fy == null ? "" : fy.label());
    model.addAttribute("paymentClass", cls == null ? "" : cls.name());
    model.addAttribute("award", award == null ? "" : award);
    model.addAttribute("classes", PaymentClass.values());
    return "payments/list";
  }

  @GetMapping("/payments/new")
  String form(@RequestParam(required = false) String award, Model model) {
    model.addAttribute("form", emptyRecord(award));
    model.addAttribute("classes", PaymentClass.values());
    return "payments/record";
  }

  @PostMapping("/payments/new")
  String record(
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String amount,
      @RequestParam(required = false) String payee,
      @RequestParam(required = false) boolean individual,
      @RequestParam(required = false) String reference,
      @RequestParam(required = false) String stream,
      @RequestParam(required = false) String costCentre,
      @RequestParam(required = false) String purpose,
      @RequestParam(required = false) String paymentClass,
      @RequestParam(required = false) String award,
      @RequestParam(required = false) String awardLine,
      @RequestParam(required = false) String conditions,
      @RequestParam(required = false) String reasons,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    Commands.Record command =
        new Commands.Record(
            date,
            amount,
            payee,
            individual,
            reference,
            stream,
            costCentre,
            purpose,
            paymentClass,
            award,
            awardLine,
            conditions,
            reasons);
    try {
      PaymentView p = payments.record(actors.of(auth), command);
      redirect.addFlashAttribute(
          "success", "Payment of " + p.amount().format() + " to " + p.payeeName() + " recorded");
      return "redirect:/payments";
    } catch (InvalidInputException e) {
      FieldIds.show(model, e.problems());
      model.addAttribute("form", command);
      model.addAttribute("classes", PaymentClass.values());
      return "payments/record";
    }
  }

  private static Commands.Record emptyRecord(String award) {
    return new Commands.Record(
        "", "", "", false, "", "", "", "", "", award == null ? "" : award, "", "", "");
  }

  @GetMapping("/payments/schedules")
  String schedules(
      @RequestParam(required = false) String instrument,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String year,
      Model model) {
    ScheduledPaymentView.Status s = ScheduledPaymentView.Status.read(status);
    FinancialYear fy = year == null || year.isBlank() ? null : FinancialYear.parse(year);
    List<ScheduledPaymentView> list = payments.schedules(instrument, s, fy);
    model.addAttribute("scheduled", list);
    model.addAttribute(
        "total", list.stream().map(ScheduledPaymentView::amount).reduce(Money.ZERO, Money::plus));
    model.addAttribute("instrument", instrument == null ? "" : instrument);
    model.addAttribute("status", s == null ? "" : s.name());
    model.addAttribute("year", fy == null ? "" : fy.label());
    model.addAttribute("statuses", ScheduledPaymentView.Status.values());
    model.addAttribute("profiles", PaymentProfile.values());
    model.addAttribute("classes", PaymentClass.values());
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form",
          new Commands.Schedule("AWARD", "", "QUARTERLY_IN_ADVANCE", "", "", "", "", "", ""));
    }
    return "payments/schedules";
  }

  @PostMapping("/payments/schedules")
  String schedule(
      @RequestParam(required = false) String instrumentType,
      @RequestParam(required = false) String instrument,
      @RequestParam(required = false) String profile,
      @RequestParam(required = false) String instalments,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String paymentClass,
      @RequestParam(required = false) String costCentre,
      @RequestParam(required = false) String conditions,
      @RequestParam(required = false) String reasons,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    Commands.Schedule command =
        new Commands.Schedule(
            instrumentType,
            instrument,
            profile,
            instalments,
            year,
            paymentClass,
            costCentre,
            conditions,
            reasons);
    try {
      List<ScheduledPaymentView> made = payments.schedule(actors.of(auth), command);
      redirect.addFlashAttribute(
          "success",
          made.size()
              + " scheduled payments made for "
              + instrument.strip()
              + ", totalling "
              + made.stream()
                  .map(ScheduledPaymentView::amount)
                  .reduce(Money.ZERO, Money::plus)
                  .format());
      redirect.addAttribute("instrument", instrument.strip());
      return "redirect:/payments/schedules";
    } catch (InvalidInputException e) {
      FieldIds.show(model, e.problems());
      model.addAttribute("form", command);
      return schedules(null, null, null, model);
    }
  }

  @PostMapping("/payments/schedules/{id}/hold")
  String hold(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String condition,
      Authentication auth,
      RedirectAttributes redirect) {
    ScheduledPaymentView s = payments.scheduled(id);
    try {
      payments.hold(actors.of(auth), id, new Commands.Hold(reason, condition));
      redirect.addFlashAttribute("success", "Payment " + id + " to " + s.payeeName() + " held");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "warnings", e.problems().stream().map(FieldProblem::message).toList());
    } catch (ConflictException e) {
      redirect.addFlashAttribute("warnings", List.of(e.getMessage()));
    }
    redirect.addAttribute("instrument", s.instrumentPublicId());
    return "redirect:/payments/schedules";
  }

  @PostMapping("/payments/schedules/{id}/release")
  String release(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
    ScheduledPaymentView s = payments.scheduled(id);
    try {
      payments.release(actors.of(auth), id);
      redirect.addFlashAttribute("success", "Payment " + id + " to " + s.payeeName() + " released");
    } catch (ConflictException e) {
      redirect.addFlashAttribute("warnings", List.of(e.getMessage()));
    }
    redirect.addAttribute("instrument", s.instrumentPublicId());
    return "redirect:/payments/schedules";
  }

  @GetMapping("/payments/approval-limits")
  String limits(Model model) {
    model.addAttribute("limits", payments.approvalLimits());
    return "payments/limits";
  }

  @PostMapping("/payments/approval-limits")
  String setLimit(
      @RequestParam(required = false) String username,
      @RequestParam(required = false) String limit,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    try {
      payments.setLimit(actors.of(auth), new Commands.Limit(username, limit));
      redirect.addFlashAttribute("success", "Approval limit for " + username + " set");
      return "redirect:/payments/approval-limits";
    } catch (InvalidInputException e) {
      FieldIds.show(model, e.problems());
      model.addAttribute("username", username);
      model.addAttribute("limit", limit);
      return limits(model);
    }
  }
}
