package org.commissioninghub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.support.Fuzz;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing the shared parsers (issue 15): only the product's own refusals may escape, and what is
 * accepted keeps its promises (an amount reads back from its own format; a CSV's rows have the
 * header's cells). See {@link Fuzz} for the generation and the long run.
 */
class ParserFuzzTest {

  @Test
  void moneyAcceptsOrRefusesAndWhatItAcceptsReadsBackFromItsFormat() {
    Fuzz.run(
        "Money.parse",
        Fuzz.utf8("£1,029,766.00", "1029766", "31841.60", "-£12.50", "£56,77", "0.01"),
        input -> {
          Money m = Money.parse(new String(input, StandardCharsets.UTF_8));
          assertThat(Money.parse(m.format())).isEqualTo(m);
          assertThat(Money.parse(m.plain())).isEqualTo(m);
        },
        Fuzz.exactly(InvalidMoneyException.class));
  }

  @Test
  void datesAcceptOnlyRealDatesOrRefuseWithAMessage() {
    Fuzz.run(
        "Dates.parse",
        Fuzz.utf8("2024-04-01", "1/4/2024", "31/12/2025", "2024-02-29"),
        input -> {
          LocalDate d = Dates.parse(new String(input, StandardCharsets.UTF_8));
          assertThat(Dates.parse(d.toString())).isEqualTo(d);
        },
        Fuzz.exactly(IllegalArgumentException.class));
  }

  @Test
  void financialYearsAcceptOrRefuse() {
    Fuzz.run(
        "FinancialYear.parse",
        Fuzz.utf8("2024/25", "2019/20", "1999/00"),
        input -> FinancialYear.parse(new String(input, StandardCharsets.UTF_8)),
        Fuzz.exactly(InvalidFinancialYearException.class));
  }

  @Test
  void theCsvReaderGivesRowsAsWideAsTheHeaderOrRefuses() {
    Fuzz.run(
        "CsvReader.parse",
        Fuzz.utf8(
            "Date,Payee,Amount,Reference,Purpose\r\n2025-03-03,Kent Police,\"2,400.00\",R-1,"
                + "\"Licence, \"\"annual\"\"\"\r\n",
            "a,b\n1,\"multi\nline\"\n\n2,3\n",
            "\uFEFFCode,Value\nX,1\n"),
        input -> {
          String text = TextFiles.decode(input).text();
          List<CsvReader.Row> rows = CsvReader.parse("fuzz.csv", text, List.of());
          int width = rows.isEmpty() ? 0 : rows.get(0).cells().size();
          assertThat(rows).allMatch(r -> r.cells().size() == width);
        },
        Fuzz.exactly(InvalidInputException.class));
  }

  @Test
  void anyBytesDecodeToText() {
    Fuzz.run(
        "TextFiles.decode",
        Fuzz.utf8("Caf\u00e9,\u00a31", "plain"),
        input -> assertThat(TextFiles.decode(input).text()).isNotNull(),
        t -> false);
  }
}
