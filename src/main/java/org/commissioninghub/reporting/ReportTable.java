package org.commissioninghub.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commissioninghub.shared.CsvWriter;
import org.commissioninghub.shared.Money;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report's table as typed cells, so that its CSV and its spreadsheet are written from the same
 * rows: money as exact pounds in the CSV and as a number in pounds in the spreadsheet, whole
 * numbers as numbers, dates as ISO dates, text as text, and null as an empty cell.
 */
final class ReportTable {

  private final List<String> titles;
  private final List<List<Object>> rows = new ArrayList<>();

  ReportTable(String... titles) {
    this.titles = List.of(titles);
  }

  ReportTable row(Object... cells) {
    if (cells.length != titles.size()) {
      throw new IllegalArgumentException(
          "a row of " + cells.length + " cells in a table of " + titles.size() + " columns");
    }
    for (Object cell : cells) {
      if (cell != null
          && !(cell instanceof String
              || cell instanceof Money
              || cell instanceof Long
              || cell instanceof Integer
              || cell instanceof LocalDate)) {
        throw new IllegalArgumentException("a report cell cannot hold a " + cell.getClass());
      }
    }
    rows.add(Arrays.asList(cells));
    return this;
  }

  byte[] csv() {
    CsvWriter csv = new CsvWriter().row(titles);
    for (List<Object> row : rows) {
      csv.row(row.stream().map(ReportTable::text).toList());
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  byte[] xlsx(String sheetName) {
    return Spreadsheets.workbook(
        sheetName,
        sheet -> {
          Spreadsheets.header(sheet, 0, titles);
          for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
              cell(sheet, r + 1, c, row.get(c));
            }
          }
        });
  }

  private static void cell(Worksheet sheet, int r, int c, Object value) {
    if (value instanceof Money money) {
      Spreadsheets.money(sheet, r, c, money);
    } else if (value instanceof LocalDate date) {
      sheet.value(r, c, date);
      sheet.style(r, c).format(Spreadsheets.DATE_FORMAT).set();
    } else if (value instanceof Number number) {
      sheet.value(r, c, number);
    } else if (value instanceof String text) {
      sheet.value(r, c, text);
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Money money) {
      return money.plain();
    }
    return value.toString();
  }
}
