package org.commissioninghub.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads 360Giving CSV one row at a time (RFC 4180: quoted cells, doubled quotes, line breaks in
 * quotes), matching columns by the standard's titles in any order and ignoring others. A bad cell
 * is reported with its row and column.
 */
public final class GrantCsvReader {

  /** Bounds a cell before anything parses it: the longest 360Giving field is a description. */
  static final int MAX_CELL = 100_000;

  private final Reader in;
  private final StringBuilder cell = new StringBuilder();
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private int row = 1;

  private GrantCsvReader(InputStream stream) {
    in = new InputStreamReader(stream, StandardCharsets.UTF_8);
  }

  /** The next character, or -1 at the end; read in blocks, not a call per character. */
  private int read() throws IOException {
    if (position == limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[position++];
  }

  /** The next character without taking it. */
  private int peek() throws IOException {
    int c = read();
    if (c >= 0) {
      position--;
    }
    return c;
  }

  /** Calls the consumer with each grant in order; returns how many there were. */
  public static long read(InputStream stream, Consumer<Grant> each) {
    return new GrantCsvReader(stream).readAll(each);
  }

  private long readAll(Consumer<Grant> each) {
    List<String> header = next();
    if (header == null) {
      throw new IllegalArgumentException("The CSV file is empty: it needs the header row");
    }
    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
      header.set(0, header.get(0).substring(1));
    }
    int[] slot = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      slot[i] = Grant.TITLES.indexOf(header.get(i).strip());
    }
    long count = 0;
    List<String> cells;
    while ((cells = next()) != null) {
      if (cells.size() == 1 && cells.get(0).isEmpty()) {
        continue;
      }
      String[] c = new String[Grant.TITLES.size()];
      for (int i = 0; i < cells.size() && i < slot.length; i++) {
        if (slot[i] >= 0 && !cells.get(i).isEmpty()) {
          c[slot[i]] = unneutralised(cells.get(i));
        }
      }
      try {
        each.accept(Grant.of(c));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "Row "
                + row
                + ": the Amount Awarded or Planned Dates:Duration (months) is not a number");
      }
      count++;
    }
    return count;
  }

  /**
   * Undoes what {@link org.commissioninghub.shared.CsvWriter} does to a cell a spreadsheet would
   * run as a formula, so that a file this product wrote reads back as the grants it was written
   * from.
   */
  private static String unneutralised(String value) {
    return value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0
        ? value.substring(1)
        : value;
  }

  /** The next record's cells, or null at the end of the file. */
  private List<String> next() {
    try {
      int c = read();
      if (c < 0) {
        return null;
      }
      List<String> cells = new ArrayList<>(32);
      cell.setLength(0);
      boolean quoted = false;
      while (true) {
        if (quoted) {
          if (c < 0) {
            throw new IllegalArgumentException("Row " + row + ": a quoted cell is never closed");
          }
          if (c == '"') {
            if (peek() == '"') {
              read();
              cell.append('"');
            } else {
              quoted = false;
            }
          } else {
            cell.append((char) c);
          }
        } else if (c == '"' && cell.length() == 0) {
          quoted = true;
        } else if (c == ',') {
          cells.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\n' || c < 0) {
          cells.add(cell.toString());
          row++;
          return cells;
        } else if (c == '\r') {
          if (peek() == '\n') {
            read();
          }
          cells.add(cell.toString());
          row++;
          return cells;
        } else {
          cell.append((char) c);
        }
        if (cell.length() > MAX_CELL) {
          throw new IllegalArgumentException(
              "Row " + row + ": a cell is longer than " + MAX_CELL + " characters");
        }
        c = read();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
