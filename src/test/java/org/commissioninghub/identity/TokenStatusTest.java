package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one table of a token's moves: it expires or is revoked, and a revoked token is done. */
class TokenStatusTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2025, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void onlyExpiryAndRevocationAreMoves() {
    Set<String> allowed = new TreeSet<>();
    for (TokenStatus from : TokenStatus.values()) {
      for (TokenStatus to : TokenStatus.values()) {
        if (from.canMoveTo(to)) {
          allowed.add(from + ">" + to);
        }
      }
    }
    assertThat(allowed)
        .containsExactlyInAnyOrder("ACTIVE>EXPIRED", "ACTIVE>REVOKED", "EXPIRED>REVOKED");
  }

  @Test
  void aTokensStatusIsReadFromItsTimes() {
    assertThat(token(NOW.plusDays(1), null).status(NOW)).isEqualTo(TokenStatus.ACTIVE);
    assertThat(token(NOW, null).status(NOW)).isEqualTo(TokenStatus.EXPIRED);
    assertThat(token(NOW.plusDays(1), NOW.minusHours(1)).status(NOW))
        .isEqualTo(TokenStatus.REVOKED);
    assertThat(token(NOW.plusDays(1), null).usable(NOW)).isTrue();
    assertThat(token(NOW.minusDays(1), null).usable(NOW)).isFalse();
  }

  private static ApiTokens.TokenView token(OffsetDateTime expires, OffsetDateTime revoked) {
    return new ApiTokens.TokenView(
        1, "Finance", "chub_abcdefg", NOW.minusDays(30), expires, revoked, null);
  }
}
