package org.commissioninghub.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one table of an offer's moves: answered once, accepted or declined. */
class OfferAnswerTest {

  @Test
  void anOfferIsAnsweredOnceOnly() {
    Set<String> allowed = new TreeSet<>();
    for (OfferAnswer from : OfferAnswer.values()) {
      for (OfferAnswer to : OfferAnswer.values()) {
        if (from.canMoveTo(to)) {
          allowed.add(from + ">" + to);
        }
      }
    }
    assertThat(allowed).containsExactlyInAnyOrder("AWAITING>ACCEPTED", "AWAITING>DECLINED");
  }

  @Test
  void theAnswerIsReadFromWhenAndWhatWasAnswered() {
    OffsetDateTime at = OffsetDateTime.parse("2025-04-01T10:00:00Z");
    assertThat(OfferAnswer.of(null, null)).isEqualTo(OfferAnswer.AWAITING);
    assertThat(OfferAnswer.of(at, true)).isEqualTo(OfferAnswer.ACCEPTED);
    assertThat(OfferAnswer.of(at, false)).isEqualTo(OfferAnswer.DECLINED);
    assertThat(OfferAnswer.given(true)).isEqualTo(OfferAnswer.ACCEPTED);
    assertThat(OfferAnswer.given(false)).isEqualTo(OfferAnswer.DECLINED);
  }
}
