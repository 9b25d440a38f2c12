package org.commissioninghub.contracts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
    name = "Contract lifecycle",
    description = "Extension decisions, exceptions, variations and re-commissioning")
class ContractLifecycleApiController {

  private final ContractLifecycle lifecycle;

  ContractLifecycleApiController(ContractLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @GetMapping("/api/v1/contracts/{id}/extensions")
  @Operation(summary = "A contract's extension decisions, with its term as they leave it")
  ExtensionsJson extensions(@PathVariable String id) {
    return new ExtensionsJson(
        TermJson.of(lifecycle.term(id)),
        lifecycle.extensions(id).stream().map(DecisionJson::of).toList());
  }

  @PostMapping("/api/v1/contracts/{id}/extensions")
  @Operation(
      summary =
          "Record an extension decision; version must match. Beyond the options it must be an"
              + " exception with reasons, approved later by someone else")
  ResponseEntity<DecisionJson> decide(
      @PathVariable String id,
      @RequestParam int version,
      @RequestBody ExtensionRequest request,
      Principal principal) {
    ExtensionDecision d = lifecycle.decide(id, version, request.toCommand(), principal.getName());
    return ResponseEntity.created(
            URI.create("/api/v1/contracts/" + id + "/extensions#" + d.number()))
        .body(DecisionJson.of(d));
  }

  @PostMapping("/api/v1/contracts/{id}/extensions/{number}/approval")
  @Operation(summary = "Approve or refuse an exception (not by the person who recorded it)")
  DecisionJson answer(
      @PathVariable String id,
      @PathVariable int number,
      @RequestBody ApprovalJson approval,
      Principal principal) {
    return DecisionJson.of(
        lifecycle.answerException(
            id, number, approval.approve(), approval.note(), principal.getName()));
  }

  @GetMapping("/api/v1/contracts/{id}/variations")
  @Operation(summary = "A contract's variations: what changed, from what to what, why, who, when")
  List<ContractVariation> variations(@PathVariable String id) {
    return lifecycle.variations(id);
  }

  @PostMapping("/api/v1/contracts/{id}/variations")
  @Operation(
      summary =
          "Vary a contract's annual or total value, scope or initial end date; version must match")
  ResponseEntity<ContractVariation> vary(
      @PathVariable String id,
      @RequestParam int version,
      @RequestBody VariationRequest request,
      Principal principal) {
    ContractVariation v = lifecycle.vary(id, version, request.toCommand(), principal.getName());
    return ResponseEntity.created(
            URI.create("/api/v1/contracts/" + id + "/variations#" + v.number()))
        .body(v);
  }

  @GetMapping("/api/v1/contracts/recommissioning")
  @Operation(
      summary =
          "The re-commissioning board: active contracts, their ends, next decision deadline and"
              + " stage expected against stage recorded, most urgent first")
  List<BoardJson> board() {
    return lifecycle.board().stream().map(BoardJson::of).toList();
  }

  record ApprovalJson(boolean approve, String note) {}

  record TermJson(
      LocalDate initialEnd,
      LocalDate currentEnd,
      int optionsUsed,
      int optionsLeft,
      int exceptions,
      boolean declined,
      LocalDate latestPossibleEnd,
      LocalDate nextDecisionDeadline,
      boolean awaitingApproval) {
    static TermJson of(ContractTerm t) {
      return new TermJson(
          t.initialEnd(),
          t.currentEnd(),
          t.optionsUsed(),
          t.optionsLeft(),
          t.exceptions(),
          t.declined(),
          t.latestPossibleEnd(),
          t.nextDecisionDeadline(),
          t.awaitingApproval());
    }
  }

  record ExtensionsJson(TermJson term, List<DecisionJson> decisions) {}

  record DecisionJson(
      int number,
      String outcome,
      LocalDate previousEnd,
      Integer months,
      LocalDate newEnd,
      String performance,
      String quality,
      String funding,
      String decidedBy,
      LocalDate decidedOn,
      LocalDate deadline,
      boolean late,
      boolean exception,
      String exceptionReasons,
      String approval,
      String approvedBy,
      LocalDate approvedOn,
      String approvalNote,
      OffsetDateTime recordedAt) {
    static DecisionJson of(ExtensionDecision d) {
      return new DecisionJson(
          d.number(),
          d.outcome().name(),
          d.previousEnd(),
          d.months(),
          d.newEnd(),
          d.performance(),
          d.quality(),
          d.funding(),
          d.decidedBy(),
          d.decidedOn(),
          d.deadline(),
          d.late(),
          d.exception(),
          d.exceptionReasons(),
          d.approval().name(),
          d.approvedBy(),
          d.approvedOn(),
          d.approvalNote(),
          d.recordedAt());
    }
  }

  record BoardJson(
      String contract,
      String title,
      LocalDate currentEnd,
      LocalDate latestPossibleEnd,
      LocalDate nextDecisionDeadline,
      String stageExpected,
      String stageRecorded,
      String nextStage,
      LocalDate nextStageStarts,
      List<String> overdue) {
    static BoardJson of(RecommissioningRow r) {
      return new BoardJson(
          r.contract().publicId(),
          r.contract().title(),
          r.term().currentEnd(),
          r.term().latestPossibleEnd(),
          r.term().nextDecisionDeadline(),
          r.expectedStage().name(),
          r.recordedStage().name(),
          r.nextStep() == null ? null : r.nextStep().stage().name(),
          r.nextStep() == null ? null : r.nextStep().startsOn(),
          r.overdue());
    }
  }
}
