package org.commissioninghub.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.junit.jupiter.api.Test;

/** A decision as typed becomes a typed decision, or is refused naming each field. */
class DecisionEdgeTest {

  @Test
  void aReducedDecisionKeepsEachYearItsAmount() {
    Decision d =
        new DecisionCommand(
                7L,
                "approve_reduced",
                Arrays.asList("£9,000", " ", "8,500.50"),
                " ",
                " Strong bid ",
                "2018-10-25")
            .toCommand();
    assertThat(d.outcome()).isEqualTo(DecisionOutcome.APPROVE_REDUCED);
    assertThat(d.amounts())
        .containsExactly(
            new Decision.YearAmount(0, Money.ofPounds(9_000)),
            new Decision.YearAmount(2, Money.ofPence(850_050)));
    assertThat(d.conditions()).isNull();
    assertThat(d.reasons()).isEqualTo("Strong bid");
    assertThat(d.decidedOn()).isEqualTo(LocalDate.of(2018, 10, 25));
  }

  @Test
  void amountsCountOnlyForAReducedApproval() {
    Decision d =
        new DecisionCommand(7L, "APPROVE", List.of("nonsense"), "Quarterly reports", "ok")
            .toCommand();
    assertThat(d.amounts()).isEmpty();
    assertThat(d.conditions()).isEqualTo("Quarterly reports");
    assertThat(d.decidedOn()).isNull();
  }

  @Test
  void everyFieldAtFaultIsNamed() {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new DecisionCommand(7L, "MAYBE", List.of(), null, " ", "25/10/2018").toCommand());
    assertThat(refused.code()).isEqualTo("DECISION-5");
    assertThat(refused.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("outcome", "reasons", "decidedOn");
    InvalidInputException missing =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new DecisionCommand(null, null, null, null, null, null).toCommand());
    assertThat(missing.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("outcome", "reasons");
    InvalidInputException reduced =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new DecisionCommand(7L, "APPROVE_REDUCED", List.of("£0", "ten"), null, "ok")
                    .toCommand());
    assertThat(reduced.problems())
        .extracting(FieldProblem::field)
        .containsExactly("amounts[0]", "amounts[1]");
  }
}
