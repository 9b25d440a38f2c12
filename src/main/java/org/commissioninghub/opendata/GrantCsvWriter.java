package org.commissioninghub.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.commissioninghub.shared.CsvWriter;

/**
 * Writes grants as 360Giving CSV (the standard's column titles), one row at a time, through the
 * product's one {@link CsvWriter}: a title such as {@code =HYPERLINK(...)} is published inert.
 */
public final class GrantCsvWriter implements AutoCloseable {

  private final Writer out;
  private final CsvWriter csv;

  public GrantCsvWriter(OutputStream stream) {
    out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    csv = new CsvWriter(out);
    csv.row(Grant.TITLES);
  }

  public void write(Grant grant) {
    csv.row(Arrays.asList(grant.cells()));
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
