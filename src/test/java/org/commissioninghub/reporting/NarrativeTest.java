package org.commissioninghub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How an officer's words become paragraphs and lists, and which typed figures are flagged. */
class NarrativeTest {

  @Test
  void blankLinesSeparateParagraphsAndDashedLinesMakeALists() {
    Narrative n =
        new Narrative(
            "learning",
            1,
            "Demand keeps rising\nacross services.\n\n- Waiting lists\n- Funding ends\n\nLast words.",
            "officer",
            null);
    assertThat(n.blocks())
        .containsExactly(
            new Narrative.Block(false, List.of("Demand keeps rising across services.")),
            new Narrative.Block(true, List.of("Waiting lists", "Funding ends")),
            new Narrative.Block(false, List.of("Last words.")));
  }

  @Test
  void moneyThousandsAndPercentagesAreFlaggedButYearsAndDatesAreNot() {
    assertThat(
            Narrative.typedFigures(
                "We secured £3,071,399 in 2024/25; 89,498 were referred and 24% reported, by 31 March 2026."))
        .containsExactly("£3,071,399", "89,498", "24%");
    assertThat(Narrative.typedFigures("Funding ends on 31 March 2026 (2025/26).")).isEmpty();
  }
}
