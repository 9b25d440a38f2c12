package org.commissioninghub.payments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
    name = "Payments",
    description =
        "Payment schedules, payments made, payment runs approved by a second person, and imports"
            + " from the finance system")
class PaymentApiController {

  private final Payments payments;
  private final Actors actors;

  PaymentApiController(Payments payments, Actors actors) {
    this.payments = payments;
    this.actors = actors;
  }

  @GetMapping("/api/v1/payments")
  @Operation(
      summary =
          "Payments made, newest first; filter by financial year (2024/25), class (CDR_GRANT or"
              + " EXPENDITURE) and award")
  List<PaymentJson> list(
      @RequestParam(required = false) String year,
      @RequestParam(name = "class", required = false) String paymentClass,
      @RequestParam(required = false) String award) {
    return payments.list(year(year), PaymentClass.read(paymentClass), award).stream()
        .map(PaymentJson::of)
        .toList();
  }

  @GetMapping("/api/v1/payments/{id:\\d+}")
  @Operation(summary = "One payment")
  PaymentJson get(@PathVariable long id) {
    return PaymentJson.of(payments.get(id));
  }

  @PostMapping("/api/v1/payments")
  @Operation(
      summary =
          "Record a payment made; against an award line it is refused if the line would be paid"
              + " more than awarded")
  ResponseEntity<PaymentJson> record(@RequestBody PaymentRequest request, Authentication auth) {
    PaymentView p = payments.record(actors.of(auth), request.toCommand());
    return ResponseEntity.created(URI.create("/api/v1/payments/" + p.id())).body(PaymentJson.of(p));
  }

  @GetMapping("/api/v1/payments/schedules")
  @Operation(
      summary =
          "Scheduled payments by due date; filter by award or contract, status (DUE, HELD, IN_RUN,"
              + " PAID) and year")
  List<ScheduledJson> schedules(
      @RequestParam(required = false) String instrument,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String year) {
    ScheduledPaymentView.Status s = ScheduledPaymentView.Status.read(status);
    return payments.schedules(instrument, s, year(year)).stream().map(ScheduledJson::of).toList();
  }

  @PostMapping("/api/v1/payments/schedules")
  @Operation(
      summary =
          "Generate the schedule of an award or contract: one payment per line per instalment,"
              + " split exactly in pence with the remainder on the last")
  List<ScheduledJson> schedule(@RequestBody ScheduleRequest request, Authentication auth) {
    return payments.schedule(actors.of(auth), request.toCommand()).stream()
        .map(ScheduledJson::of)
        .toList();
  }

  @PostMapping("/api/v1/payments/schedules/{id}/hold")
  @Operation(summary = "Hold a due payment with a reason and an optional condition for release")
  ScheduledJson hold(@PathVariable long id, @RequestBody HoldRequest request, Authentication auth) {
    return ScheduledJson.of(payments.hold(actors.of(auth), id, request.toCommand()));
  }

  @PostMapping("/api/v1/payments/schedules/{id}/release")
  @Operation(summary = "Release a held payment so it can go in a run")
  ScheduledJson release(@PathVariable long id, Authentication auth) {
    return ScheduledJson.of(payments.release(actors.of(auth), id));
  }

  @GetMapping("/api/v1/payments/imports")
  @Operation(summary = "Finance-system files imported")
  List<ImportView> imports() {
    return payments.imports();
  }

  @PostMapping("/api/v1/payments/imports")
  @Operation(
      summary =
          "Import actual payments from a finance-system CSV (content as text) with its columns"
              + " mapped; all or nothing, and the same transactions twice change nothing")
  ImportResult importCsv(@RequestBody ImportRequest request, Authentication auth) {
    return payments.importCsv(actors.of(auth), request.toCommand());
  }

  @GetMapping("/api/v1/payments/approval-limits")
  @Operation(summary = "Each approver's payment-run approval limit")
  Map<String, String> limits() {
    Map<String, String> limits = new java.util.LinkedHashMap<>();
    payments.approvalLimits().forEach((k, v) -> limits.put(k, v.plain()));
    return limits;
  }

  @PutMapping("/api/v1/payments/approval-limits")
  @Operation(summary = "Set a user's approval limit (administrators only)")
  Map<String, String> setLimit(@RequestBody LimitRequest request, Authentication auth) {
    payments.setLimit(actors.of(auth), request.toCommand());
    return limits();
  }

  @GetMapping("/api/v1/payment-runs")
  @Operation(summary = "Payment runs, newest first")
  List<RunJson> runs() {
    return payments.runs().stream().map(RunJson::of).toList();
  }

  @GetMapping("/api/v1/payment-runs/{id}")
  @Operation(summary = "One payment run with its payments")
  RunJson run(@PathVariable long id) {
    return RunJson.of(payments.run(id));
  }

  @PostMapping("/api/v1/payment-runs")
  @Operation(
      summary =
          "Put due payments in a run: those listed, or all due by dueBy (held payments never go"
              + " in)")
  ResponseEntity<RunJson> createRun(@RequestBody RunRequest request, Authentication auth) {
    PaymentRunView run = payments.createRun(actors.of(auth), request.toCommand());
    return ResponseEntity.created(URI.create("/api/v1/payment-runs/" + run.id()))
        .body(RunJson.of(run));
  }

  @PostMapping("/api/v1/payment-runs/{id}/approve")
  @Operation(
      summary =
          "Approve a run (not the person who put it together; within the approver's limit): its"
              + " payments are paid on the run's date")
  RunJson approve(@PathVariable long id, Authentication auth) {
    return RunJson.of(payments.approveRun(actors.of(auth), id));
  }

  private static FinancialYear year(String year) {
    return year == null || year.isBlank() ? null : FinancialYear.parse(year);
  }

  record PaymentJson(
      long id,
      LocalDate date,
      String amount,
      String payee,
      boolean individual,
      String reference,
      Long streamId,
      String stream,
      String year,
      String costCentre,
      String purpose,
      PaymentClass paymentClass,
      String conditions,
      String reasons,
      String award,
      Long awardLine,
      Long scheduledPayment,
      Long run,
      Long importId) {
    static PaymentJson of(PaymentView p) {
      return new PaymentJson(
          p.id(),
          p.date(),
          p.amount().plain(),
          p.payeeName(),
          p.individual(),
          p.reference(),
          p.streamId(),
          p.streamName(),
          p.year().label(),
          p.costCentre(),
          p.purpose(),
          p.paymentClass(),
          p.conditions(),
          p.reasons(),
          p.awardPublicId(),
          p.awardLineId(),
          p.scheduledPaymentId(),
          p.runId(),
          p.importId());
    }
  }

  record ScheduledJson(
      long id,
      String instrumentType,
      String instrument,
      String award,
      long awardLine,
      String stream,
      String year,
      int quarter,
      String payee,
      PaymentClass paymentClass,
      String purpose,
      PaymentProfile profile,
      int instalment,
      int instalments,
      LocalDate due,
      String amount,
      ScheduledPaymentView.Status status,
      String holdReason,
      String holdCondition,
      Long run) {
    static ScheduledJson of(ScheduledPaymentView s) {
      return new ScheduledJson(
          s.id(),
          s.instrumentType(),
          s.instrumentPublicId(),
          s.awardPublicId(),
          s.awardLineId(),
          s.streamName(),
          s.year().label(),
          s.quarter(),
          s.payeeName(),
          s.paymentClass(),
          s.purpose(),
          s.profile(),
          s.instalment(),
          s.instalments(),
          s.due(),
          s.amount().plain(),
          s.status(),
          s.holdReason(),
          s.holdCondition(),
          s.runId());
    }
  }

  record RunJson(
      long id,
      LocalDate paymentDate,
      PaymentRunView.Status status,
      String total,
      String createdBy,
      String approvedBy,
      List<ScheduledJson> payments) {
    static RunJson of(PaymentRunView r) {
      return new RunJson(
          r.id(),
          r.paymentDate(),
          r.status(),
          Money.plainOrNull(r.total()),
          r.createdBy(),
          r.approvedBy(),
          r.payments().stream().map(ScheduledJson::of).toList());
    }
  }
}
