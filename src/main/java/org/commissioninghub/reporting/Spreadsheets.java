package org.commissioninghub.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.commissioninghub.shared.Money;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The reports' XLSX files: one worksheet, a bold row of column titles, and amounts written as
 * numbers in pounds with a pounds format, so a spreadsheet adds them up exactly as the CSV states.
 */
final class Spreadsheets {

  static final String APPLICATION = "Commissioning Hub";
  static final String MONEY_FORMAT = "£#,##0.00";
  static final String DATE_FORMAT = "yyyy-mm-dd";

  /** Writes the rows of one worksheet. */
  @FunctionalInterface
  interface Sheet {
    void write(Worksheet sheet);
  }

  private Spreadsheets() {}

  /** A workbook of one worksheet, as the bytes of an .xlsx file. */
  static byte[] workbook(String sheetName, Sheet rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, APPLICATION, "1.0")) {
      rows.write(workbook.newWorksheet(sheetName));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the spreadsheet " + sheetName, e);
    }
    return bytes.toByteArray();
  }

  /** Column titles in bold on the given row. */
  static void header(Worksheet sheet, int row, List<String> titles) {
    for (int c = 0; c < titles.size(); c++) {
      sheet.value(row, c, titles.get(c));
    }
    bold(sheet, row, titles.size() - 1);
  }

  static void bold(Worksheet sheet, int row, int lastColumn) {
    sheet.range(row, 0, row, lastColumn).style().bold().set();
  }

  /** An amount as a number of pounds (exact, from pence) shown as £1,234.56; blank when null. */
  static void money(Worksheet sheet, int row, int column, Money money) {
    if (money != null) {
      sheet.value(row, column, money.toPounds());
      sheet.style(row, column).format(MONEY_FORMAT).set();
    }
  }
}
