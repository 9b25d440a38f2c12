package org.commissioninghub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one table of a return's moves, from due to accepted. */
class ReturnStatusTest {

  @Test
  void onlyTheWorkflowsMovesAreAllowed() {
    Set<String> allowed = new TreeSet<>();
    for (ReturnStatus from : ReturnStatus.values()) {
      for (ReturnStatus to : ReturnStatus.values()) {
        if (from.canMoveTo(to)) {
          allowed.add(from + ">" + to);
        }
      }
    }
    assertThat(allowed)
        .containsExactlyInAnyOrder(
            "DUE>DRAFT",
            "DUE>ACCEPTED",
            "DRAFT>DRAFT",
            "DRAFT>CERTIFIED",
            "DRAFT>ACCEPTED",
            "SENT_BACK>DRAFT",
            "SENT_BACK>ACCEPTED",
            "CERTIFIED>ACCEPTED",
            "CERTIFIED>SENT_BACK");
  }

  @Test
  void anAcceptedReturnGoesNowhereAndOnlyAnOwedOneChanges() {
    for (ReturnStatus to : ReturnStatus.values()) {
      assertThat(ReturnStatus.ACCEPTED.canMoveTo(to)).as("ACCEPTED to " + to).isFalse();
    }
    for (ReturnStatus s : ReturnStatus.values()) {
      assertThat(s.changeable()).as(s.name()).isEqualTo(s.owed());
      assertThat(s.reviewable()).as(s.name()).isEqualTo(s == ReturnStatus.CERTIFIED);
      assertThat(s.canMoveTo(ReturnStatus.CERTIFIED))
          .as(s.name())
          .isEqualTo(s == ReturnStatus.DRAFT);
    }
  }
}
