package org.commissioninghub.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RoundWindowTest {

  @Test
  void closesAtUkWallClockTimeAcrossTheClockChange() {
    // Opens in British Summer Time, closes after the clocks go back on 27 October 2024.
    RoundWindow round =
        RoundWindow.ukTimes(
            LocalDateTime.of(2024, 10, 1, 9, 0), LocalDateTime.of(2024, 11, 1, 12, 0));
    assertThat(round.opens().toInstant()).isEqualTo(Instant.parse("2024-10-01T08:00:00Z"));
    assertThat(round.closes().toInstant()).isEqualTo(Instant.parse("2024-11-01T12:00:00Z"));
    assertThat(round.isOpenAt(Instant.parse("2024-11-01T11:59:59Z"))).isTrue();
    assertThat(round.isOpenAt(Instant.parse("2024-11-01T12:00:00Z"))).isFalse();
    assertThat(round.refusal(Instant.parse("2024-11-01T11:59:59Z"))).isNull();
  }

  @Test
  void aLateSubmissionIsToldTheDeadlineInUkTime() {
    // Closes at 5pm BST: 16:00 UTC.
    RoundWindow round =
        RoundWindow.ukTimes(
            LocalDateTime.of(2018, 8, 20, 9, 0), LocalDateTime.of(2018, 9, 11, 17, 0));
    assertThat(round.isOpenAt(Instant.parse("2018-09-11T16:00:00Z"))).isFalse();
    assertThat(round.refusal(Instant.parse("2018-09-11T16:03:00Z")))
        .isEqualTo(
            "This round closed at 5:00pm on 11 September 2018 (UK time); your submission came 3 minutes late.");
    assertThat(round.refusal(Instant.parse("2018-08-20T07:00:00Z")))
        .startsWith("This round opens at 9:00am on 20 August 2018");
  }

  @Test
  void mustCloseAfterItOpens() {
    assertThatThrownBy(
            () ->
                RoundWindow.ukTimes(
                    LocalDateTime.of(2025, 1, 2, 9, 0), LocalDateTime.of(2025, 1, 1, 9, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
