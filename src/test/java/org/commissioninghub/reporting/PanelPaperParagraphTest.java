package org.commissioninghub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.junit.jupiter.api.Test;

/** The paragraph of a paper saying who selected which items, computed from the choices. */
class PanelPaperParagraphTest {

  @Test
  void saysWhoSelectedWhichAndTheYearsTheyRelateTo() {
    assertThat(paper().selectionParagraph()).isNull();
    assertThat(paper("P 2018/19", "P 2018/19", "P 2018/19", "O 2019/20").selectionParagraph())
        .isEqualTo(
            "For information, the first three items were selected by Panel Officers on behalf of"
                + " Members and relate to 2018/19 expenditure. The last item was selected by the"
                + " OPCC and relates to 2019/20 expenditure.");
    assertThat(paper("O 2024/25").selectionParagraph())
        .isEqualTo(
            "For information, the item was selected by the OPCC and relates to 2024/25"
                + " expenditure.");
    assertThat(paper("P 2023/24", "P 2024/25").selectionParagraph())
        .isEqualTo(
            "For information, both items were selected by Panel Officers on behalf of Members"
                + " and relate to 2023/24 and 2024/25 expenditure.");
    assertThat(
            paper("O 2024/25", "P 2024/25", "P 2024/25", "O 2024/25", "O 2024/25")
                .selectionParagraph())
        .isEqualTo(
            "For information, the first item was selected by the OPCC and relates to 2024/25"
                + " expenditure. Items 2 and 3 were selected by Panel Officers on behalf of Members"
                + " and relate to 2024/25 expenditure. The last two items were selected by the OPCC"
                + " and relate to 2024/25 expenditure.");
  }

  @Test
  void theIntroductionIsSplitIntoParagraphsAtBlankLines() {
    PanelPaper paper =
        new PanelPaper(
            1, "T", null, "One\nline.\n\n  \nTwo.\r\n\r\nThree.", List.of(), "a", "a", 0);
    assertThat(paper.paragraphs()).containsExactly("One line.", "Two.", "Three.");
    assertThat(new PanelPaper(1, "T", null, null, List.of(), "a", "a", 0).paragraphs()).isEmpty();
  }

  private static PanelPaper paper(String... choices) {
    List<PanelPaper.Item> items = new ArrayList<>();
    for (String choice : choices) {
      String[] parts = choice.split(" ");
      items.add(
          new PanelPaper.Item(
              items.size(),
              items.size(),
              LocalDate.of(2024, 4, 1),
              "Payee",
              Money.ofPounds(1000),
              FinancialYear.parse(parts[1]),
              parts[0].equals("P") ? PanelSelector.PANEL_OFFICERS : PanelSelector.OPCC,
              "Fund",
              null,
              "Purpose",
              null,
              List.of(),
              null));
    }
    return new PanelPaper(1, "Title", null, null, items, "officer", "officer", 0);
  }
}
