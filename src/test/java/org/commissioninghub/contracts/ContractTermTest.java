package org.commissioninghub.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The term arithmetic and the re-commissioning timeline, on a fixed clock. */
class ContractTermTest {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final Clock CLOCK =
      Clock.fixed(ZonedDateTime.of(2025, 6, 15, 10, 0, 0, 0, UK).toInstant(), UK);

  private static ContractView contract(
      LocalDate start, LocalDate initialEnd, Integer months, int max, int notice, int lead) {
    return new ContractView(
        1,
        "c",
        "Service",
        null,
        null,
        null,
        start,
        null,
        initialEnd,
        months,
        max,
        null,
        null,
        null,
        ContractStatus.ACTIVE,
        null,
        null,
        null,
        notice,
        lead,
        RecommissioningStage.NOT_STARTED,
        List.of(),
        0,
        false);
  }

  private static ExtensionDecision extension(
      int n, LocalDate from, int months, boolean exception, ExceptionApproval approval) {
    return new ExtensionDecision(
        n,
        n,
        ExtensionOutcome.EXTEND,
        from,
        months,
        ContractTerm.extend(from, months),
        "p",
        "q",
        "f",
        "officer",
        from,
        ContractTerm.deadline(from, 6),
        true,
        exception,
        exception ? "why" : null,
        approval,
        null,
        null,
        null,
        OffsetDateTime.now(CLOCK));
  }

  @Test
  void theDecisionDeadlineIsTheNoticePeriodBeforeTheEndInForce() {
    assertThat(ContractTerm.deadline(LocalDate.of(2022, 3, 31), 6))
        .isEqualTo(LocalDate.of(2021, 9, 30));
    assertThat(ContractTerm.deadline(LocalDate.of(2025, 9, 30), 6))
        .isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(ContractTerm.deadline(LocalDate.of(2027, 3, 31), 3))
        .isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(ContractTerm.extend(LocalDate.of(2024, 9, 30), 6))
        .isEqualTo(LocalDate.of(2025, 3, 31));
  }

  @Test
  void theEndInForceCountsExtensionsAndOnlyApprovedExceptions() {
    ContractView isva = contract(LocalDate.of(2019, 4, 1), LocalDate.of(2022, 3, 31), 12, 3, 6, 18);
    List<ExtensionDecision> decisions = new ArrayList<>();
    LocalDate end = LocalDate.of(2022, 3, 31);
    for (int i = 1; i <= 3; i++) {
      decisions.add(extension(i, end, 12, false, ExceptionApproval.NOT_NEEDED));
      end = ContractTerm.extend(end, 12);
    }
    ContractTerm three = ContractTerm.of(isva, decisions);
    assertThat(three.currentEnd()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(three.optionsLeft()).isZero();
    assertThat(three.nextDecisionDeadline()).isNull();
    assertThat(three.latestPossibleEnd()).isEqualTo(LocalDate.of(2025, 3, 31));

    decisions.add(extension(4, end, 12, true, ExceptionApproval.AWAITING));
    ContractTerm awaiting = ContractTerm.of(isva, decisions);
    assertThat(awaiting.currentEnd()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(awaiting.awaitingApproval()).isTrue();

    decisions.set(3, extension(4, end, 12, true, ExceptionApproval.APPROVED));
    ContractTerm approved = ContractTerm.of(isva, decisions);
    assertThat(approved.currentEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(approved.latestPossibleEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(approved.optionsUsed()).isEqualTo(3);
    assertThat(approved.exceptions()).isEqualTo(1);
  }

  @Test
  void optionsLeftGiveTheLatestPossibleEndAndEachOptionsDeadline() {
    ContractView kass = contract(LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31), 12, 3, 6, 18);
    ContractTerm term = ContractTerm.of(kass, List.of());
    assertThat(term.latestPossibleEnd()).isEqualTo(LocalDate.of(2030, 3, 31));
    assertThat(term.nextDecisionDeadline()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(term.openOptions(kass))
        .extracting(ContractTerm.Option::decideBy)
        .containsExactly(
            LocalDate.of(2026, 9, 30), LocalDate.of(2027, 9, 30), LocalDate.of(2028, 9, 30));
  }

  @Test
  void theTimelineCountsBackFromTheFinalEndAndScalesWithTheLead() {
    RecommissioningPlan plan = RecommissioningPlan.of(LocalDate.of(2026, 3, 31), 18);
    assertThat(plan.startOf(RecommissioningStage.PREPARATION)).isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(plan.startOf(RecommissioningStage.MARKET_ENGAGEMENT))
        .isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(plan.startOf(RecommissioningStage.TENDER)).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(plan.startOf(RecommissioningStage.AWARD)).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(plan.startOf(RecommissioningStage.MOBILISATION)).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(plan.startOf(RecommissioningStage.COMPLETE)).isEqualTo(LocalDate.of(2026, 4, 1));
    LocalDate today = LocalDate.now(CLOCK);
    assertThat(plan.expectedOn(today)).isEqualTo(RecommissioningStage.TENDER);
    assertThat(plan.expectedOn(LocalDate.of(2024, 9, 30)))
        .isEqualTo(RecommissioningStage.NOT_STARTED);

    RecommissioningPlan shorter = RecommissioningPlan.of(LocalDate.of(2026, 3, 31), 12);
    assertThat(shorter.startOf(RecommissioningStage.PREPARATION))
        .isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(shorter.startOf(RecommissioningStage.MARKET_ENGAGEMENT))
        .isEqualTo(LocalDate.of(2025, 6, 1));
  }

  @Test
  void theBoardRowFlagsAMissedDecisionAndAStageBehind() {
    ContractView yps = contract(LocalDate.of(2022, 10, 1), LocalDate.of(2025, 9, 30), 12, 2, 6, 18);
    RecommissioningRow row =
        ContractLifecycle.row(yps, ContractTerm.of(yps, List.of()), LocalDate.now(CLOCK));
    // Deadline 31 March 2025 has passed on 15 June 2025; final end 30 September 2027.
    assertThat(row.term().nextDecisionDeadline()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(row.overdue())
        .anyMatch(o -> o.contains("Extension decision was due by 31 March 2025"));
    assertThat(row.expectedStage()).isEqualTo(RecommissioningStage.NOT_STARTED);
    assertThat(row.behind()).isFalse();
    assertThat(row.urgentOn()).isEqualTo(LocalDate.of(2025, 3, 31));

    ContractView soon =
        contract(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), null, 0, 6, 18);
    RecommissioningRow behind =
        ContractLifecycle.row(soon, ContractTerm.of(soon, List.of()), LocalDate.now(CLOCK));
    assertThat(behind.expectedStage()).isEqualTo(RecommissioningStage.TENDER);
    assertThat(behind.behind()).isTrue();
    assertThat(behind.overdue()).anyMatch(o -> o.contains("should be at \"Tender\""));
  }
}
