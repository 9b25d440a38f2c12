package org.commissioninghub.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one table of an assignment's moves: the declaration first, then scores once. */
class AssignmentStatusTest {

  @Test
  void onlyTheDeclarationAndTheSubmittedScoresMoveAnAssignment() {
    Set<String> allowed = new TreeSet<>();
    for (AssignmentStatus from : AssignmentStatus.values()) {
      for (AssignmentStatus to : AssignmentStatus.values()) {
        if (from.canMoveTo(to)) {
          allowed.add(from + ">" + to);
        }
      }
    }
    assertThat(allowed)
        .containsExactlyInAnyOrder(
            "AWAITING_DECLARATION>CONFLICTED", "AWAITING_DECLARATION>SCORING", "SCORING>COMPLETED");
  }

  @Test
  void aConflictOrSubmittedScoresEndTheAssignment() {
    for (AssignmentStatus to : AssignmentStatus.values()) {
      assertThat(AssignmentStatus.CONFLICTED.canMoveTo(to)).as("CONFLICTED to " + to).isFalse();
      assertThat(AssignmentStatus.COMPLETED.canMoveTo(to)).as("COMPLETED to " + to).isFalse();
    }
  }
}
