package org.commissioninghub.decisions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.commissioninghub.identity.Actors;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
    name = "Decisions and offers",
    description = "The approval chain, decision records, offers and their acceptance")
class DecisionApiController {

  private final Decisions decisions;
  private final Actors actors;

  DecisionApiController(Decisions decisions, Actors actors) {
    this.decisions = decisions;
    this.actors = actors;
  }

  @GetMapping("/api/v1/applications/{reference}/chain")
  @Operation(
      summary = "The approval chain: steps that apply to the amount, decisions, what is next")
  ChainView chain(@PathVariable String reference) {
    return decisions.chain(reference);
  }

  @PostMapping("/api/v1/applications/{reference}/decisions")
  @Operation(
      summary =
          "Decide the next step: APPROVE, APPROVE_REDUCED (with amounts per year), REJECT or"
              + " DEFER, with reasons; the last approval makes the award and emails the offer")
  ChainView decide(
      @PathVariable String reference, @RequestBody DecisionCommand command, Authentication auth) {
    return decisions.decide(actors.of(auth), reference, command.toCommand());
  }

  @GetMapping("/api/v1/applications/{reference}/offer")
  @Operation(summary = "The offer letter and whether it has been answered")
  OfferView offer(@PathVariable String reference, Authentication auth) {
    return decisions.offer(actors.of(auth), reference);
  }

  @PostMapping("/api/v1/applications/{reference}/offer/accept")
  @Operation(summary = "Accept the offer: the award becomes active")
  OfferView accept(@PathVariable String reference, Authentication auth) {
    return decisions.answerOffer(actors.of(auth), reference, true);
  }

  @PostMapping("/api/v1/applications/{reference}/offer/decline")
  @Operation(summary = "Decline the offer: the award ends and its money returns to the streams")
  OfferView decline(@PathVariable String reference, Authentication auth) {
    return decisions.answerOffer(actors.of(auth), reference, false);
  }

  @GetMapping("/api/v1/public/decisions")
  @Operation(summary = "Published decision records of approved awards")
  List<RecordJson> records() {
    return decisions.records().stream().map(RecordJson::of).toList();
  }

  @GetMapping("/api/v1/public/decisions/{reference}")
  @Operation(summary = "One published decision record")
  RecordJson record(@PathVariable String reference) {
    return RecordJson.of(decisions.record(reference));
  }

  /** A decision record as published: no personal data beyond the deciders' names. */
  record RecordJson(
      String reference,
      String programme,
      String round,
      String recipient,
      String project,
      List<String> amounts,
      String total,
      String award,
      List<StepJson> decisions,
      int assessorsScoring,
      Double meanScore,
      int conflictsDeclared) {

    static RecordJson of(DecisionRecord r) {
      return new RecordJson(
          r.application().reference(),
          r.application().round().programme().name(),
          r.application().round().name(),
          r.application().organisationName(),
          r.application().title(),
          r.amounts().stream().map(m -> m.plain()).toList(),
          r.total().plain(),
          r.awardPublicId(),
          r.decisions().stream()
              .map(
                  d ->
                      new StepJson(
                          d.stepName(),
                          d.deciderName(),
                          d.decidedAt().toString(),
                          d.outcome().name(),
                          d.reasons(),
                          d.conditions()))
              .toList(),
          r.assessorsScoring(),
          r.meanScore(),
          r.conflictsDeclared());
    }
  }

  record StepJson(
      String step,
      String decidedBy,
      String decidedAt,
      String outcome,
      String reasons,
      String conditions) {}
}
