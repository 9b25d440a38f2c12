package org.commissioninghub.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes grants as 360Giving CSV (the standard's column titles), one row at a time. */
public final class GrantCsvWriter implements AutoCloseable {

  private final Writer out;
  private final StringBuilder line = new StringBuilder(1024);

  public GrantCsvWriter(OutputStream stream) {
    out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    row(Grant.TITLES.toArray(String[]::new));
  }

  public void write(Grant grant) {
    row(grant.cells());
  }

  /** Builds the whole row first: one write per row, not one per character. */
  private void row(String[] cells) {
    line.setLength(0);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      cell(cells[i]);
    }
    line.append("\r\n");
    try {
      out.append(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void cell(String value) {
    if (value == null) {
      return;
    }
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      line.append(value);
      return;
    }
    line.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    line.append('"');
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
