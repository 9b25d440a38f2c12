package org.commissioninghub.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 4180 CSV, with cells that a spreadsheet would run as formulas made inert. This is the only
 * CSV writer in the product: every download (reports, open data, the 360Giving file, the audit
 * trail) goes through it, so a cell such as {@code =HYPERLINK(...)} typed into any field can never
 * become a live formula in someone's spreadsheet. It writes into a string, or row by row into a
 * stream for large exports.
 */
public final class CsvWriter {

  private final Appendable out;
  private final StringBuilder line = new StringBuilder(256);

  /** Collects the rows in memory; {@link #toString()} gives the file. */
  public CsvWriter() {
    this(new StringBuilder());
  }

  /** Writes each row to {@code out} as soon as it is complete. */
  public CsvWriter(Appendable out) {
    this.out = out;
  }

  public CsvWriter row(String... cells) {
    return row(Arrays.asList(cells));
  }

  public CsvWriter row(List<String> cells) {
    line.setLength(0);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      appendCell(line, cells.get(i));
    }
    line.append("\r\n");
    try {
      out.append(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** The rows as a UTF-8 CSV file the browser saves under the given name. */
  public org.springframework.http.ResponseEntity<byte[]> download(String filename) {
    return org.springframework.http.ResponseEntity.ok()
        .contentType(
            new org.springframework.http.MediaType(
                "text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            org.springframework.http.ContentDisposition.attachment()
                .filename(filename)
                .build()
                .toString())
        .body(toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** One cell as it appears in the file: neutralised, then quoted if it needs to be. */
  public static String escape(String cell) {
    StringBuilder b = new StringBuilder(cell == null ? 0 : cell.length() + 3);
    appendCell(b, cell);
    return b.toString();
  }

  /**
   * A cell starting with = + - @ tab or CR is one a spreadsheet may evaluate, so it gets a leading
   * apostrophe (OWASP's advice). A plain number such as -12.50 is left alone so that amounts stay
   * numbers.
   */
  static boolean needsNeutralising(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !isPlainNumber(cell);
  }

  private static boolean isPlainNumber(String cell) {
    int i = cell.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    while (i < cell.length() && Character.isDigit(cell.charAt(i)) && cell.charAt(i) < 128) {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i == cell.length()) {
      return true;
    }
    if (cell.charAt(i) != '.' || i == cell.length() - 1) {
      return false;
    }
    for (i++; i < cell.length(); i++) {
      if (cell.charAt(i) < '0' || cell.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static void appendCell(StringBuilder b, String cell) {
    if (cell == null) {
      return;
    }
    boolean neutralise = needsNeutralising(cell);
    boolean quote = false;
    for (int i = 0; i < cell.length() && !quote; i++) {
      char c = cell.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (quote) {
      b.append('"');
    }
    if (neutralise) {
      b.append('\'');
    }
    if (quote) {
      for (int i = 0; i < cell.length(); i++) {
        char c = cell.charAt(i);
        if (c == '"') {
          b.append('"');
        }
        b.append(c);
      }
      b.append('"');
    } else {
      b.append(cell);
    }
  }
}
