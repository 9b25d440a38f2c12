package org.commissioninghub.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes grants as a 360Giving spreadsheet (the standard's column titles), flushing rows as it goes
 * and writing text inline, so neither the sheet nor its strings are held whole in memory.
 */
public final class GrantXlsxWriter implements AutoCloseable {

  private static final int FLUSH_EVERY = 1_000;

  private final Workbook workbook;
  private final Worksheet sheet;
  private int row;

  public GrantXlsxWriter(OutputStream out) {
    workbook = new Workbook(out, "Commissioning Hub", "1.0");
    sheet = workbook.newWorksheet("grants");
    for (int c = 0; c < Grant.TITLES.size(); c++) {
      sheet.value(0, c, Grant.TITLES.get(c));
    }
    row = 1;
  }

  public void write(Grant grant) {
    String[] cells = grant.cells();
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] == null) {
        continue;
      }
      if (c == 4) {
        sheet.value(row, c, grant.amountAwarded());
      } else if (c == 8) {
        sheet.value(row, c, grant.plannedDurationMonths());
      } else {
        // Inline, not in the shared-strings table, which would grow with every distinct text.
        sheet.inlineString(row, c, cells[c]);
      }
    }
    if (++row % FLUSH_EVERY == 0) {
      try {
        sheet.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public void close() {
    try {
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
