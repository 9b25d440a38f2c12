package org.commissioninghub.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.Refusals;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Payment runs: put together by one finance user, approved by another within their limit. */
@Controller
class PaymentRunController {

  private final Payments payments;
  private final Actors actors;
  private final Clock clock;

  PaymentRunController(Payments payments, Actors actors, Clock clock) {
    this.payments = payments;
    this.actors = actors;
    this.clock = clock;
  }

  @GetMapping("/payment-runs")
  String list(Model model) {
    model.addAttribute("runs", payments.runs());
    if (!model.containsAttribute("paymentDate")) {
      model.addAttribute("paymentDate", LocalDate.now(clock).toString());
      model.addAttribute("dueBy", "");
    }
    return "payments/runs";
  }

  /**
   * What a run would hold — payments, payees, total, by stream — before it is made: one date can
   * gather a hundred payments, so the person sees them before anything is written.
   */
  @GetMapping("/payment-runs/preview")
  String preview(
      @RequestParam(required = false) String paymentDate,
      @RequestParam(required = false) String dueBy,
      Model model) {
    return Refusals.onPage(
        model,
        () -> {
          RunCommand command = new RunRequest(paymentDate, dueBy, null).toCommand();
          model.addAttribute("preview", payments.previewRun(command));
          model.addAttribute("paymentDate", paymentDate);
          model.addAttribute("dueBy", dueBy);
          return "payments/run-preview";
        },
        () -> {
          model.addAttribute("paymentDate", paymentDate);
          model.addAttribute("dueBy", dueBy);
          return list(model);
        });
  }

  @PostMapping("/payment-runs")
  String create(
      @RequestParam(required = false) String paymentDate,
      @RequestParam(required = false) String dueBy,
      @RequestParam(name = "scheduled", required = false) List<Long> scheduled,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    return Refusals.onPage(
        model,
        () -> {
          RunCommand command = new RunRequest(paymentDate, dueBy, scheduled).toCommand();
          PaymentRunView run = payments.createRun(actors.of(auth), command);
          redirect.addFlashAttribute(
              "success",
              "Payment run "
                  + run.id()
                  + " of "
                  + run.payments().size()
                  + " payments, "
                  + run.total().format()
                  + ", is waiting for another finance officer to approve it");
          return "redirect:/payment-runs/" + run.id();
        },
        () -> {
          model.addAttribute("paymentDate", paymentDate);
          model.addAttribute("dueBy", dueBy);
          return list(model);
        });
  }

  @GetMapping("/payment-runs/{id}")
  String show(@PathVariable long id, Authentication auth, Model model) {
    PaymentRunView run = payments.run(id);
    model.addAttribute("run", run);
    model.addAttribute(
        "mayApprove",
        run.status() == PaymentRunView.Status.AWAITING_APPROVAL
            && !run.createdBy().equals(auth.getName()));
    return "payments/run";
  }

  /** Asks for confirmation, with the run's total and payees, before the run is approved. */
  @GetMapping("/payment-runs/{id}/approve")
  String confirmApproval(@PathVariable long id, Authentication auth, Model model) {
    String page = show(id, auth, model);
    return Boolean.TRUE.equals(model.getAttribute("mayApprove")) ? "payments/run-approve" : page;
  }

  @PostMapping("/payment-runs/{id}/approve")
  String approve(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
    String back = "/payment-runs/" + id;
    return Refusals.asWarning(
        redirect,
        () -> {
          PaymentRunView run = payments.approveRun(actors.of(auth), id);
          redirect.addFlashAttribute(
              "success",
              "Payment run "
                  + id
                  + " approved: "
                  + run.payments().size()
                  + " payments paid on "
                  + Dates.format(run.paymentDate()));
          return "redirect:" + back;
        },
        back);
  }
}
