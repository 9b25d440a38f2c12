package org.commissioninghub.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.awards.AwardLineRequest;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.DeliveryRecords;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Refusals;
import org.commissioninghub.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ContinuationController {

  private final Continuations continuations;
  private final Awards awards;
  private final FundingStreams streams;
  private final Actors actors;
  private final Clock clock;
  private final DeliveryRecords delivery;

  ContinuationController(
      Continuations continuations,
      Awards awards,
      FundingStreams streams,
      Actors actors,
      Clock clock,
      DeliveryRecords delivery) {
    this.delivery = delivery;
    this.continuations = continuations;
    this.awards = awards;
    this.streams = streams;
    this.actors = actors;
    this.clock = clock;
  }

  /** Staff see last year's grants and their continuations; a provider sees their own offers. */
  @GetMapping("/continuations")
  String list(@RequestParam(required = false) String year, Authentication auth, Model model) {
    Actor actor = actors.of(auth);
    FinancialYear fy =
        year == null || year.isBlank()
            ? FinancialYear.containing(LocalDate.now(clock)).next()
            : FinancialYear.parse(year);
    model.addAttribute("year", fy);
    model.addAttribute("offers", continuations.list(actor));
    model.addAttribute("candidates", actor.isScoped() ? List.of() : continuations.candidates(fy));
    model.addAttribute("scoped", actor.isScoped());
    return "decisions/continuations";
  }

  /** The returns of the award being continued, for the decision. */
  private void deliveryOf(String awardPublicId, Model model) {
    List<DeliveryRecords.QuarterDelivery> quarters = delivery.forAward(awardPublicId);
    model.addAttribute("quarters", quarters);
    model.addAttribute("deliverySummary", DeliveryRecords.summary(quarters));
  }

  @GetMapping("/continuations/new")
  String form(@RequestParam String award, @RequestParam String year, Model model) {
    return form(awards.get(award), FinancialYear.parse(year), model);
  }

  private String form(AwardView award, FinancialYear year, Model model) {
    model.addAttribute("award", award);
    model.addAttribute("year", year);
    deliveryOf(award.publicId(), model);
    model.addAttribute("streams", streams.streams(year));
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "decisions/continuation-form";
  }

  @PostMapping("/continuations/new")
  String offer(
      @RequestParam String award,
      @RequestParam String year,
      @RequestParam(required = false) String level,
      jakarta.servlet.http.HttpServletRequest request,
      @RequestParam(required = false) String performance,
      @RequestParam(required = false) String compliance,
      @RequestParam(required = false) String sendTo,
      @RequestParam(required = false) String respondBy,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    // Read every value as sent: a List parameter would split "8,500" at the comma.
    String[] streamValues = request.getParameterValues("stream");
    String[] amountValues = request.getParameterValues("amount");
    List<String> stream = streamValues == null ? null : List.of(streamValues);
    List<String> amount = amountValues == null ? null : List.of(amountValues);
    List<AwardLineRequest> lines = new ArrayList<>();
    if ("changed".equals(level) && stream != null && amount != null) {
      for (int i = 0; i < Math.min(stream.size(), amount.size()); i++) {
        if (!stream.get(i).isBlank() || !amount.get(i).isBlank()) {
          lines.add(new AwardLineRequest(stream.get(i), year, "", amount.get(i), null));
        }
      }
    }
    ContinuationCommand command =
        new ContinuationCommand(
            award, year, null, lines, performance, compliance, sendTo, respondBy, null, null);
    return Refusals.onPage(
        model,
        () -> {
          ContinuationView created = continuations.offer(actors.of(auth), command.toCommand());
          redirect.addFlashAttribute("success", "Continuation offer sent to " + created.sentTo());
          return "redirect:/continuations/" + created.id();
        },
        () -> {
          model.addAttribute("performance", performance);
          model.addAttribute("compliance", compliance);
          model.addAttribute("sendTo", sendTo);
          return form(awards.get(award), FinancialYear.parse(year), model);
        });
  }

  @GetMapping("/continuations/{id}")
  String show(@PathVariable long id, Authentication auth, Model model) {
    Actor actor = actors.of(auth);
    ContinuationView c = continuations.get(actor, id);
    model.addAttribute("c", c);
    deliveryOf(c.predecessorAward(), model);
    model.addAttribute(
        "mayAnswer",
        c.awaitingAnswer()
            && (actor.has(Role.OFFICER)
                || actor.has(Role.ADMIN)
                || (actor.organisationId() != null
                    && actor.organisationId() == c.organisationId())));
    return "decisions/continuation";
  }

  @PostMapping("/continuations/{id}/answer")
  String answer(
      @PathVariable long id,
      @RequestParam String answer,
      Authentication auth,
      RedirectAttributes redirect) {
    return Refusals.asWarning(
        redirect,
        () -> {
          ContinuationView c = continuations.answer(actors.of(auth), id, "accept".equals(answer));
          redirect.addFlashAttribute(
              "success",
              Boolean.TRUE.equals(c.accepted())
                  ? "Continuation accepted: award " + c.successorAward() + " made"
                  : "Continuation declined");
          return "redirect:/continuations/" + id;
        },
        "/continuations/" + id);
  }
}
