package org.commissioninghub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.WorkWaiting.Work;
import org.junit.jupiter.api.Test;

class WorkWaitingTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 7, 15);

  @Test
  void workIsOverdueOnlyWhenItsDateHasPassed() {
    assertThat(Work.due("Monitoring", "returns", 1, "/x", TODAY.minusDays(1), TODAY).overdue())
        .isTrue();
    assertThat(Work.due("Monitoring", "returns", 1, "/x", TODAY, TODAY).overdue())
        .as("due today is not yet overdue")
        .isFalse();
    assertThat(Work.due("Monitoring", "returns", 1, "/x", null, TODAY).overdue()).isFalse();
    assertThat(Work.of("Payments", "runs", 2, "/y").overdue()).isFalse();
    assertThatThrownBy(() -> Work.of("Payments", "runs", -1, "/y"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overdueComesFirstThenTheSoonestThenTheUndated() {
    Work undated = Work.of("Payments", "runs to approve", 1, "/payment-runs");
    Work later = Work.due("Contracts", "decisions", 1, "/c", TODAY.plusDays(30), TODAY);
    Work soon = Work.due("Monitoring", "returns due", 2, "/m", TODAY.plusDays(3), TODAY);
    Work longOverdue = Work.due("Monitoring", "returns", 4, "/m", TODAY.minusDays(90), TODAY);
    Work justOverdue = Work.due("Actions", "actions", 1, "/a", TODAY.minusDays(1), TODAY);
    List<Work> all = new ArrayList<>(List.of(undated, later, soon, justOverdue, longOverdue));
    all.sort(Work.URGENT_FIRST);
    assertThat(all).containsExactly(longOverdue, justOverdue, soon, later, undated);
  }
}
