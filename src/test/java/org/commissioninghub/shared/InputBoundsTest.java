package org.commissioninghub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every cell and number is bounded before it is parsed, and refusals name the limit (issue 15,
 * defects 5 and 6). No timing is asserted: a megabyte number is refused by its length, so these
 * cases would have taken minutes before and take microseconds now.
 */
class InputBoundsTest {

  @Test
  void anAmountTooLargeForTheMoneyTypeIsRefusedNamingTheLargest() {
    assertThatThrownBy(() -> Money.parse("99999999999999999999"))
        .isInstanceOf(InvalidMoneyException.class)
        .hasMessageContaining(
            "the largest amount that can be recorded is £92,233,720,368,547,758.07");
    assertThatThrownBy(() -> Money.parse("£92,233,720,368,547,758.08"))
        .isInstanceOf(InvalidMoneyException.class);
    assertThat(Money.parse("£92,233,720,368,547,758.07").pence()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aMegabyteOfDigitsIsRefusedByItsLengthAndNotQuotedBack() {
    String huge = "9".repeat(1_000_000);
    assertThatThrownBy(() -> Money.parse(huge))
        .isInstanceOf(InvalidMoneyException.class)
        .hasMessageContaining("at most " + Money.LONGEST_TEXT + " characters")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    assertThatThrownBy(() -> Dates.parse(huge))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void aCsvCellLongerThanASpreadsheetCellIsRefusedNamingRowColumnAndLimit() {
    String csv = "a,b\r\n1," + "9".repeat(CsvReader.LONGEST_CELL + 1) + "\r\n";
    assertThatThrownBy(() -> CsvReader.parse("pay.csv", csv, List.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("CSV-6");
              assertThat(e.getMessage()).contains("row 2, column 2", "32767");
            });
  }

  @Test
  void aNulInACsvIsRefusedAsNotText() {
    assertThatThrownBy(() -> CsvReader.parse("pay.csv", "a,b\n1,x\u0000y\n", List.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("CSV-5"));
  }

  @Test
  void onlyTheFirstHundredProblemsAreListedWithTheCountOfAll() {
    Problems problems = new Problems();
    for (int i = 0; i < 100_000; i++) {
      problems.add("file", "row " + i + ": not a date");
    }
    assertThat(problems.count()).isEqualTo(100_000);
    assertThatThrownBy(() -> problems.throwIfAny("X"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems()).hasSize(Problems.LISTED);
              assertThat(e.total()).isEqualTo(100_000);
              assertThat(e.problemsToShow()).hasSize(Problems.LISTED + 1);
              assertThat(e.problemsToShow().get(Problems.LISTED).message())
                  .contains("100000 problems in all; the first 100 are listed");
            });
  }

  @Test
  void aWindows1252FileIsReadAsSuchWithANoteAndUtf8IsReadSilently() {
    byte[] latin =
        "Payee,Amount\r\nCaf\u00e9 Kent,\u00a3120.00\r\n".getBytes(TextFiles.WINDOWS_1252);
    TextFiles.Decoded decoded = TextFiles.decode(latin);
    assertThat(decoded.text()).contains("Café Kent,£120.00").doesNotContain("\uFFFD");
    assertThat(decoded.note()).contains("not UTF-8", "Windows-1252");
    TextFiles.Decoded utf8 = TextFiles.decode("Café,£1".getBytes(StandardCharsets.UTF_8));
    assertThat(utf8.text()).isEqualTo("Café,£1");
    assertThat(utf8.note()).isNull();
  }

  @Test
  void everyCellAFormulaCouldStartWithIsNeutralisedButNegativeAmountsStayNumbers() {
    String csv =
        new CsvWriter()
            .row(
                "=HYPERLINK(\"http://x\",\"y\")",
                "+SUM(1,2)",
                "-2+3",
                "@cmd",
                "\tTab",
                "\rCR",
                "-12.50",
                "-7",
                "plain")
            .toString();
    assertThat(csv)
        .isEqualTo(
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'+SUM(1,2)\",'-2+3,'@cmd,'\tTab,"
                + "\"'\rCR\",-12.50,-7,plain\r\n");
  }
}
