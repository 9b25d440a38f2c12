package org.commissioninghub.crimereduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.TreeSet;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.junit.jupiter.api.Test;

/** An allocation's one move, and the edge of allocations and projects, with no database. */
class AllocationStatusTest {

  @Test
  void anAllocationIsClosedOnceAndNeverReopened() {
    Set<String> allowed = new TreeSet<>();
    for (AllocationStatus from : AllocationStatus.values()) {
      for (AllocationStatus to : AllocationStatus.values()) {
        if (from.canMoveTo(to)) {
          allowed.add(from + ">" + to);
        }
      }
    }
    assertThat(allowed).containsExactly("OPEN>CLOSED");
  }

  @Test
  void anAllocationIsReadWithThePccBudgetAsItsDefaultSource() {
    AllocationCommand c =
        new AllocationRequest(" kcsp ", "2024/25", "£39,661", " ", "a", "b", "c", "d").toCommand();
    assertThat(c.csp()).isEqualTo("kcsp");
    assertThat(c.year()).isEqualTo(FinancialYear.parse("2024/25"));
    assertThat(c.total()).isEqualTo(Money.ofPounds(39_661));
    assertThat(c.source()).isEqualTo("pcc-kent-budget");
    assertThat(c.upfront()).isEqualTo(new AllocationCommand.Window("a", "b"));
    assertThatThrownBy(
            () ->
                new AllocationRequest("kcsp", "2024/25", "£0", null, null, null, null, null)
                    .toCommand())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("more than £0.00");
  }

  @Test
  void aProjectNamesEveryFieldItCannotRead() {
    assertThatThrownBy(
            () ->
                new ProjectRequest("2024/25", null, " ", "", "-1", "Something else", "", false)
                    .toCommand())
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("organisation", "title", "amount", "planPriority", "theme"));
  }
}
