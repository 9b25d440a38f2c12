package org.commissioninghub.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Extension decisions, exceptions, variations and re-commissioning through the service, on a clock
 * fixed at 15 June 2025. Contracts are made here (no demo data), one per test.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:contractlifecycle;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=false"
    })
class ContractLifecycleRulesTest {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @TestConfiguration
  static class FixedClock {
    @Bean
    @Primary
    Clock fixedClock() {
      return Clock.fixed(ZonedDateTime.of(2025, 6, 15, 10, 0, 0, 0, UK).toInstant(), UK);
    }
  }

  @Autowired Contracts contracts;
  @Autowired ContractLifecycle lifecycle;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  private int made;

  private String contract(String start, String initialEnd, String months, String max) {
    String id = "lifecycle-" + System.nanoTime() + "-" + (++made);
    contracts.create(
        new ContractRequest(
                id,
                "Test service " + id,
                "A service",
                "2022/23",
                null,
                start,
                null,
                initialEnd,
                months,
                max,
                "100000.00",
                null,
                null,
                "ACTIVE",
                null,
                null,
                List.of())
            .toCommand());
    return id;
  }

  private static ExtensionCommand extend(String decidedOn) {
    return new ExtensionCommand(
        "EXTEND",
        null,
        null,
        "Targets met in every quarter",
        "Good feedback from victims",
        "Budget confirmed for the year",
        decidedOn,
        false,
        null);
  }

  private static ExtensionCommand exception(String decidedOn, String reasons) {
    return new ExtensionCommand(
        "EXTEND",
        "12",
        null,
        "Targets met",
        "Good",
        "Funding uncertain beyond the year",
        decidedOn,
        true,
        reasons);
  }

  private int version(String id) {
    return contracts.get(id).version();
  }

  private Map<String, Object> rowCounts(String id) {
    long cid = contracts.get(id).id();
    return Map.of(
        "extensions",
        jdbc.sql("SELECT COUNT(*) FROM contract_extension WHERE contract_id = ?")
            .param(cid)
            .query(Long.class)
            .single(),
        "variations",
        jdbc.sql("SELECT COUNT(*) FROM contract_variation WHERE contract_id = ?")
            .param(cid)
            .query(Long.class)
            .single(),
        "contract",
        contracts.get(id));
  }

  @Test
  void aDecisionBeforeTheDeadlineIsOnTimeAndOneAfterItIsKeptButFlaggedLate() {
    String id = contract("2022-10-01", "2025-09-30", "12", "2");
    assertThat(lifecycle.term(id).nextDecisionDeadline()).isEqualTo(LocalDate.of(2025, 3, 31));

    ExtensionDecision late = lifecycle.decide(id, version(id), extend(null), "officer");
    assertThat(late.decidedOn()).isEqualTo(LocalDate.of(2025, 6, 15));
    assertThat(late.deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(late.late()).isTrue();
    assertThat(late.newEnd()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(late.decidedBy()).isEqualTo("officer");
    assertThat(contracts.get(id).status()).isEqualTo(ContractStatus.EXTENDED);

    String other = contract("2023-01-01", "2026-03-31", "12", "2");
    ExtensionDecision onTime = lifecycle.decide(other, version(other), extend(null), "officer");
    assertThat(onTime.deadline()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(onTime.late()).isFalse();
  }

  @Test
  void aDecisionAfterTheEndInForceOrInTheFutureIsRefusedAndChangesNothing() {
    String id = contract("2022-07-01", "2025-06-30", "12", "3");
    Map<String, Object> before = rowCounts(id);
    assertThatThrownBy(() -> lifecycle.decide(id, version(id), extend("2025-07-01"), "officer"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("The decision date cannot be in the future");
    String ended = contract("2021-04-01", "2024-03-31", "12", "3");
    Map<String, Object> endedBefore = rowCounts(ended);
    assertThatThrownBy(() -> lifecycle.decide(ended, version(ended), extend(null), "officer"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("The contract ended on 31 March 2024");
    assertThat(rowCounts(id)).isEqualTo(before);
    assertThat(rowCounts(ended)).isEqualTo(endedBefore);
  }

  @Test
  void theEvidenceIsRequired() {
    String id = contract("2023-01-01", "2026-03-31", "12", "2");
    Map<String, Object> before = rowCounts(id);
    assertThatThrownBy(
            () ->
                lifecycle.decide(
                    id,
                    version(id),
                    new ExtensionCommand("EXTEND", null, null, " ", null, "", null, false, null),
                    "officer"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.field())
                    .containsExactlyInAnyOrder("performance", "quality", "funding"));
    assertThat(rowCounts(id)).isEqualTo(before);
  }

  @Test
  void anExtensionBeyondTheOptionsIsRefusedUnlessAnExceptionWithReasonsApprovedBySomeoneElse() {
    String id = contract("2023-01-01", "2024-06-30", "6", "1");
    lifecycle.decide(id, version(id), extend("2024-06-01"), "officer");
    assertThat(lifecycle.term(id).currentEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
    // The term has ended: record a second contract still running with its one option used.
    String running = contract("2024-01-01", "2025-06-30", "6", "1");
    lifecycle.decide(running, version(running), extend("2025-06-01"), "officer");
    ContractTerm term = lifecycle.term(running);
    assertThat(term.currentEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(term.optionsLeft()).isZero();

    Map<String, Object> before = rowCounts(running);
    assertThatThrownBy(() -> lifecycle.decide(running, version(running), extend(null), "officer"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .anySatisfy(
                        p -> {
                          assertThat(p.field()).isEqualTo("exception");
                          assertThat(p.message())
                              .contains("All 1 extension options have been used");
                        }));
    assertThatThrownBy(
            () -> lifecycle.decide(running, version(running), exception(null, " "), "officer"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(p -> p.field()).contains("exceptionReasons"));
    assertThat(rowCounts(running)).isEqualTo(before);

    ExtensionDecision pending =
        lifecycle.decide(
            running, version(running), exception(null, "Funding uncertainty"), "officer");
    assertThat(pending.approval()).isEqualTo(ExceptionApproval.AWAITING);
    assertThat(lifecycle.term(running).currentEnd()).isEqualTo(LocalDate.of(2025, 12, 31));

    assertThatThrownBy(
            () -> lifecycle.answerException(running, pending.number(), true, null, "officer"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("someone other than officer");
    assertThatThrownBy(
            () -> lifecycle.decide(running, version(running), exception(null, "Again"), "officer"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("awaiting approval");
    assertThat(lifecycle.term(running).currentEnd()).isEqualTo(LocalDate.of(2025, 12, 31));

    ExtensionDecision approved =
        lifecycle.answerException(running, pending.number(), true, "Agreed", "approver");
    assertThat(approved.approval()).isEqualTo(ExceptionApproval.APPROVED);
    assertThat(approved.approvedBy()).isEqualTo("approver");
    assertThat(approved.approvedOn()).isEqualTo(LocalDate.of(2025, 6, 15));
    ContractTerm after = lifecycle.term(running);
    assertThat(after.currentEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(after.exceptions()).isEqualTo(1);
    assertThat(after.latestPossibleEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void anExceptionIsRefusedWhileOptionsRemainAndARefusedExceptionMovesNothing() {
    String id = contract("2024-01-01", "2025-12-31", "12", "0");
    String withOption = contract("2024-01-01", "2025-12-31", "12", "1");
    assertThatThrownBy(
            () ->
                lifecycle.decide(
                    withOption, version(withOption), exception(null, "Reasons"), "officer"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("record this as an ordinary extension");

    ExtensionDecision pending =
        lifecycle.decide(id, version(id), exception(null, "Funding uncertainty"), "officer");
    assertThatThrownBy(() -> lifecycle.answerException(id, pending.number(), false, "", "approver"))
        .isInstanceOf(InvalidInputException.class);
    lifecycle.answerException(id, pending.number(), false, "Re-commission instead", "approver");
    assertThat(lifecycle.term(id).currentEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(lifecycle.extensions(id).get(0).approval()).isEqualTo(ExceptionApproval.REFUSED);
  }

  @Test
  void aDecisionNotToExtendClosesTheOptions() {
    String id = contract("2023-01-01", "2026-03-31", "12", "2");
    lifecycle.decide(
        id,
        version(id),
        new ExtensionCommand(
            "DO_NOT_EXTEND",
            null,
            null,
            "Below target",
            "Complaints",
            "No budget",
            null,
            false,
            null),
        "officer");
    ContractTerm term = lifecycle.term(id);
    assertThat(term.declined()).isTrue();
    assertThat(term.latestPossibleEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(term.nextDecisionDeadline()).isNull();
  }

  @Test
  void aStalePageIsRefused() {
    String id = contract("2023-01-01", "2026-03-31", "12", "2");
    int stale = version(id);
    lifecycle.vary(
        id,
        stale,
        new VariationCommand("ANNUAL_VALUE", "120,000.00", "Inflation uplift", "2025-04-01"),
        "officer");
    Map<String, Object> before = rowCounts(id);
    assertThatThrownBy(() -> lifecycle.decide(id, stale, extend(null), "officer"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                lifecycle.vary(
                    id,
                    stale,
                    new VariationCommand("SCOPE", "More", "Because", "2025-04-01"),
                    "officer"))
        .isInstanceOf(ConflictException.class);
    assertThat(rowCounts(id)).isEqualTo(before);
  }

  @Test
  void aVariationChangesTheContractAndKeepsWhatItWasBefore() {
    String id = contract("2023-01-01", "2026-03-31", "12", "2");
    ContractVariation v =
        lifecycle.vary(
            id,
            version(id),
            new VariationCommand("ANNUAL_VALUE", "120,000.00", "Inflation uplift", "1/4/2025"),
            "officer");
    assertThat(v.before()).isEqualTo("£100,000.00");
    assertThat(v.after()).isEqualTo("£120,000.00");
    assertThat(v.effectiveDate()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(v.madeBy()).isEqualTo("officer");
    assertThat(contracts.get(id).annualValue().pence()).isEqualTo(12_000_000L);

    lifecycle.vary(
        id,
        version(id),
        new VariationCommand("INITIAL_END_DATE", "2026-09-30", "Six months added", "2025-06-01"),
        "officer");
    ContractView varied = contracts.get(id);
    assertThat(varied.initialEndDate()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(varied.initialTermMonths()).isEqualTo(45);
    assertThat(lifecycle.variations(id))
        .extracting(ContractVariation::field)
        .containsExactly(VariationField.ANNUAL_VALUE, VariationField.INITIAL_END_DATE);

    Map<String, Object> before = rowCounts(id);
    assertThatThrownBy(
            () ->
                lifecycle.vary(
                    id,
                    version(id),
                    new VariationCommand("TOTAL_VALUE", "lots", "", ""),
                    "officer"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.field())
                    .contains("newValue", "reason", "effectiveDate"));
    assertThat(rowCounts(id)).isEqualTo(before);
  }

  @Test
  void theInitialEndCannotBeVariedOnceExtensionsAreRecorded() {
    String id = contract("2023-01-01", "2026-03-31", "12", "2");
    lifecycle.decide(id, version(id), extend(null), "officer");
    assertThatThrownBy(
            () ->
                lifecycle.vary(
                    id,
                    version(id),
                    new VariationCommand("INITIAL_END_DATE", "2026-06-30", "Why", "2025-06-01"),
                    "officer"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("record a further extension");
  }

  @Test
  void theBoardPutsOverdueContractsFirstAndComparesStages() {
    String late = contract("2022-10-01", "2025-09-30", "12", "2");
    String calm = contract("2025-04-01", "2030-03-31", "12", "2");
    String behind = contract("2023-01-01", "2025-12-31", null, "0");
    lifecycle.recordStage(behind, version(behind), "PREPARATION", "officer");
    List<RecommissioningRow> board = lifecycle.board();
    List<String> ids = board.stream().map(r -> r.contract().publicId()).toList();
    assertThat(ids.indexOf(late)).isLessThan(ids.indexOf(calm));
    assertThat(ids.indexOf(behind)).isLessThan(ids.indexOf(calm));
    RecommissioningRow b = board.get(ids.indexOf(behind));
    assertThat(b.recordedStage()).isEqualTo(RecommissioningStage.PREPARATION);
    assertThat(b.expectedStage()).isEqualTo(RecommissioningStage.TENDER);
    assertThat(b.isOverdue()).isTrue();
    assertThat(board.get(ids.indexOf(calm)).isOverdue()).isFalse();
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2025, 6, 15));
  }
}
