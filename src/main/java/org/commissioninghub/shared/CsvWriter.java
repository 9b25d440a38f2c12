package org.commissioninghub.shared;

import java.util.List;

/** RFC 4180 CSV, with cells that a spreadsheet would run as formulas made inert. */
public final class CsvWriter {

  private final StringBuilder out = new StringBuilder();

  public CsvWriter row(String... cells) {
    return row(java.util.Arrays.asList(cells));
  }

  public CsvWriter row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(escape(cells.get(i)));
    }
    out.append("\r\n");
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

  public static String escape(String cell) {
    if (cell == null) {
      return "";
    }
    String safe = cell;
    if (!safe.isEmpty()
        && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0
        && !safe.matches("-?\\d+(\\.\\d+)?")) {
      safe = "'" + safe;
    }
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
