package org.commissioninghub.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one table of an application's moves, from draft to the answer to an offer. */
class ApplicationStatusTest {

  @Test
  void onlyTheWorkflowsMovesAreAllowed() {
    Set<String> allowed = new java.util.TreeSet<>();
    for (ApplicationStatus from : ApplicationStatus.values()) {
      for (ApplicationStatus to : ApplicationStatus.values()) {
        if (from.canMoveTo(to)) {
          allowed.add(from + ">" + to);
        }
      }
    }
    assertThat(allowed)
        .containsExactlyInAnyOrder(
            "DRAFT>SUBMITTED",
            "DRAFT>WITHDRAWN",
            "SUBMITTED>ELIGIBLE",
            "SUBMITTED>INELIGIBLE",
            "SUBMITTED>WITHDRAWN",
            "ELIGIBLE>APPROVED",
            "ELIGIBLE>REJECTED",
            "ELIGIBLE>WITHDRAWN",
            "APPROVED>OFFERED",
            "OFFERED>ACCEPTED",
            "OFFERED>DECLINED");
  }

  @Test
  void aFinalStatusGoesNowhereAndWithdrawingIsOnlyBeforeADecision() {
    for (ApplicationStatus end :
        EnumSet.of(
            ApplicationStatus.INELIGIBLE,
            ApplicationStatus.REJECTED,
            ApplicationStatus.ACCEPTED,
            ApplicationStatus.DECLINED,
            ApplicationStatus.WITHDRAWN)) {
      for (ApplicationStatus to : ApplicationStatus.values()) {
        assertThat(end.canMoveTo(to)).as(end + " to " + to).isFalse();
      }
    }
    for (ApplicationStatus s : ApplicationStatus.values()) {
      assertThat(s.canWithdraw()).isEqualTo(s.canMoveTo(ApplicationStatus.WITHDRAWN));
    }
  }
}
