package org.commissioninghub.priorities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The one table of an action's moves: an update may keep the status; nothing goes back to start.
 */
class ActionStatusTest {

  @Test
  void everyMoveButBackToNotStartedIsAllowed() {
    Set<String> refused = new TreeSet<>();
    for (ActionStatus from : ActionStatus.values()) {
      for (ActionStatus to : ActionStatus.values()) {
        if (!from.canMoveTo(to)) {
          refused.add(from + ">" + to);
        }
      }
    }
    assertThat(refused)
        .containsExactlyInAnyOrder(
            "IN_PROGRESS>NOT_STARTED",
            "ONGOING>NOT_STARTED",
            "DELAYED>NOT_STARTED",
            "COMPLETE>NOT_STARTED");
  }

  @Test
  void anUpdateMayKeepTheStatusAndACompletedActionMayBeReopened() {
    for (ActionStatus s : ActionStatus.values()) {
      assertThat(s.canMoveTo(s)).as(s.name()).isTrue();
    }
    assertThat(ActionStatus.COMPLETE.canMoveTo(ActionStatus.IN_PROGRESS)).isTrue();
    assertThat(ActionStatus.NOT_STARTED.canMoveTo(ActionStatus.COMPLETE)).isTrue();
  }
}
