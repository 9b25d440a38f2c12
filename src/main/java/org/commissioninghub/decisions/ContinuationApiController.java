package org.commissioninghub.decisions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
    name = "Continuations",
    description = "Continuing last year's grants into the next year, with the evidence")
class ContinuationApiController {

  private final Continuations continuations;
  private final Actors actors;

  ContinuationApiController(Continuations continuations, Actors actors) {
    this.continuations = continuations;
    this.actors = actors;
  }

  @GetMapping("/api/v1/continuations")
  @Operation(summary = "Continuation offers you may see (a provider's own, or all)")
  List<ContinuationView> list(Authentication auth) {
    return continuations.list(actors.of(auth));
  }

  @GetMapping("/api/v1/continuations/{id}")
  @Operation(
      summary =
          "One continuation offer; with id \"candidates\" and ?year=2024/25, last year's grants"
              + " that could continue (staff only)")
  Object get(
      @PathVariable String id, @RequestParam(required = false) String year, Authentication auth) {
    Actor actor = actors.of(auth);
    if (id.equals("candidates")) {
      if (actor.isScoped() || year == null) {
        throw new NotFoundException("continuation", id);
      }
      return continuations.candidates(FinancialYear.parse(year)).stream()
          .map(
              c ->
                  new CandidateJson(
                      c.award().publicId(),
                      c.award().organisationName(),
                      c.award().title(),
                      c.award().total().plain(),
                      c.continuation() == null ? null : c.continuation().id()))
          .toList();
    }
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("continuation", id);
    }
    return continuations.get(actor, number);
  }

  @PostMapping("/api/v1/continuations")
  @Operation(
      summary =
          "Offer a continuation at the same level (no lines) or a changed one; the offer is"
              + " emailed")
  ResponseEntity<ContinuationView> offer(
      @RequestBody ContinuationCommand command, Authentication auth) {
    ContinuationView created = continuations.offer(actors.of(auth), command.toCommand());
    return ResponseEntity.created(URI.create("/api/v1/continuations/" + created.id()))
        .body(created);
  }

  @PostMapping("/api/v1/continuations/{id}/answer")
  @Operation(summary = "Accept (next year's award is made) or decline a continuation offer")
  ContinuationView answer(
      @PathVariable long id, @RequestBody AnswerJson body, Authentication auth) {
    return continuations.answer(actors.of(auth), id, body.accept());
  }

  record AnswerJson(boolean accept) {}

  record CandidateJson(
      String award, String organisation, String title, String total, Long continuation) {}
}
