package org.commissioninghub.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one table of an extension decision's approval, move by move. */
class ExceptionApprovalTest {

  @Test
  void onlyAnExceptionAwaitingApprovalIsAnsweredAndOnlyOnce() {
    Set<String> allowed = new TreeSet<>();
    for (ExceptionApproval from : ExceptionApproval.values()) {
      for (ExceptionApproval to : ExceptionApproval.values()) {
        if (from.canMoveTo(to)) {
          allowed.add(from + ">" + to);
        }
      }
    }
    assertThat(allowed).containsExactlyInAnyOrder("AWAITING>APPROVED", "AWAITING>REFUSED");
  }

  @Test
  void anExtensionWithinTheOptionsNeedsNoAnswerAndAnAnswerIsFinal() {
    for (ExceptionApproval to : ExceptionApproval.values()) {
      assertThat(ExceptionApproval.NOT_NEEDED.canMoveTo(to)).as("NOT_NEEDED to " + to).isFalse();
      assertThat(ExceptionApproval.APPROVED.canMoveTo(to)).as("APPROVED to " + to).isFalse();
      assertThat(ExceptionApproval.REFUSED.canMoveTo(to)).as("REFUSED to " + to).isFalse();
    }
  }
}
