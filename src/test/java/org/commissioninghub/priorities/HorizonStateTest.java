package org.commissioninghub.priorities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.commissioninghub.shared.FinancialYear;
import org.junit.jupiter.api.Test;

/** The one table of a horizon-scan issue's moves: a live issue is retired once, for good. */
class HorizonStateTest {

  @Test
  void aLiveIssueMayBeRetiredAndARetiredOneGoesNowhere() {
    assertThat(HorizonState.LIVE.canMoveTo(HorizonState.RETIRED)).isTrue();
    assertThat(HorizonState.LIVE.canMoveTo(HorizonState.LIVE)).isFalse();
    assertThat(HorizonState.RETIRED.canMoveTo(HorizonState.RETIRED)).isFalse();
    assertThat(HorizonState.RETIRED.canMoveTo(HorizonState.LIVE)).isFalse();
  }

  @Test
  void anIssueIsRetiredWhenItHasARetirementTime() {
    FinancialYear year = FinancialYear.parse("2025/26");
    HorizonItem live =
        new HorizonItem(1, year, Pestelo.POLITICAL, "Elections", null, null, null, null, null);
    HorizonItem retired =
        new HorizonItem(
            1,
            year,
            Pestelo.POLITICAL,
            "Elections",
            null,
            null,
            "Held",
            "csp",
            OffsetDateTime.of(2025, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    assertThat(live.state()).isEqualTo(HorizonState.LIVE);
    assertThat(retired.state()).isEqualTo(HorizonState.RETIRED);
  }
}
