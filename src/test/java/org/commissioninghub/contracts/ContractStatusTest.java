package org.commissioninghub.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one table of a contract's moves, from planned to ended. */
class ContractStatusTest {

  @Test
  void onlyTheMovesOfARealContractAreAllowed() {
    Set<String> allowed = new TreeSet<>();
    for (ContractStatus from : ContractStatus.values()) {
      for (ContractStatus to : ContractStatus.values()) {
        if (from.canMoveTo(to)) {
          allowed.add(from + ">" + to);
        }
      }
    }
    assertThat(allowed)
        .containsExactlyInAnyOrder(
            "PLANNED>ACTIVE", "PLANNED>ENDED", "ACTIVE>EXTENDED", "ACTIVE>ENDED", "EXTENDED>ENDED");
  }

  @Test
  void anEndedContractGoesNowhereAndStayingIsNotAMove() {
    for (ContractStatus to : ContractStatus.values()) {
      assertThat(ContractStatus.ENDED.canMoveTo(to)).as("ENDED to " + to).isFalse();
    }
    for (ContractStatus s : ContractStatus.values()) {
      assertThat(s.canMoveTo(s)).as(s + " to itself").isFalse();
      assertThat(s.mayBecome(s)).as(s + " stays").isTrue();
      for (ContractStatus to : ContractStatus.values()) {
        assertThat(s.mayBecome(to)).isEqualTo(s == to || s.canMoveTo(to));
      }
    }
  }

  @Test
  void aRefusalSaysWhereTheContractIsAndWhatCannotBeDone() {
    assertThat(ContractStatus.ENDED.refusal(ContractStatus.ACTIVE))
        .isEqualTo("This contract has ended and cannot be made active");
    assertThat(ContractStatus.EXTENDED.refusal(ContractStatus.PLANNED))
        .isEqualTo("This contract has been extended and cannot be put back to planned");
  }
}
