package org.commissioninghub.payments;

import java.util.List;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Refusals;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
    model.addAttribute("form", PaymentRequest.blank(award));
    model.addAttribute("classes", PaymentClass.values());
    return "payments/record";
  }

  @PostMapping("/payments/new")
  String record(
      @ModelAttribute("form") PaymentRequest form,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    return Refusals.onPage(
        model,
        () -> {
          PaymentView p = payments.record(actors.of(auth), form.toCommand());
          redirect.addFlashAttribute(
              "success",
              "Payment of " + p.amount().format() + " to " + p.payeeName() + " recorded");
          return "redirect:/payments";
        },
        () -> {
          model.addAttribute("classes", PaymentClass.values());
          return "payments/record";
        });
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
      model.addAttribute("form", ScheduleRequest.blank());
    }
    return "payments/schedules";
  }

  @PostMapping("/payments/schedules")
  String schedule(
      @ModelAttribute("form") ScheduleRequest form,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    return Refusals.onPage(
        model,
        () -> {
          ScheduleCommand command = form.toCommand();
          List<ScheduledPaymentView> made = payments.schedule(actors.of(auth), command);
          redirect.addFlashAttribute(
              "success",
              made.size()
                  + " scheduled payments made for "
                  + command.instrument()
                  + ", totalling "
                  + made.stream()
                      .map(ScheduledPaymentView::amount)
                      .reduce(Money.ZERO, Money::plus)
                      .format());
          redirect.addAttribute("instrument", command.instrument());
          return "redirect:/payments/schedules";
        },
        () -> schedules(null, null, null, model));
  }

  @PostMapping("/payments/schedules/{id}/hold")
  String hold(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String condition,
      Authentication auth,
      RedirectAttributes redirect) {
    ScheduledPaymentView s = payments.scheduled(id);
    redirect.addAttribute("instrument", s.instrumentPublicId());
    return Refusals.asWarning(
        redirect,
        () -> {
          payments.hold(actors.of(auth), id, new HoldRequest(reason, condition).toCommand());
          redirect.addFlashAttribute("success", "Payment " + id + " to " + s.payeeName() + " held");
          return "redirect:/payments/schedules";
        },
        "/payments/schedules");
  }

  @PostMapping("/payments/schedules/{id}/release")
  String release(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
    ScheduledPaymentView s = payments.scheduled(id);
    redirect.addAttribute("instrument", s.instrumentPublicId());
    return Refusals.asWarning(
        redirect,
        () -> {
          payments.release(actors.of(auth), id);
          redirect.addFlashAttribute(
              "success", "Payment " + id + " to " + s.payeeName() + " released");
          return "redirect:/payments/schedules";
        },
        "/payments/schedules");
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
    return Refusals.onPage(
        model,
        () -> {
          payments.setLimit(actors.of(auth), new LimitRequest(username, limit).toCommand());
          redirect.addFlashAttribute("success", "Approval limit for " + username + " set");
          return "redirect:/payments/approval-limits";
        },
        () -> {
          model.addAttribute("username", username);
          model.addAttribute("limit", limit);
          return limits(model);
        });
  }
}
