package org.commissioninghub.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes). Every row keeps
 * its line number so that errors can name the file, row and column.
 */
public final class CsvReader {

  /**
   * The longest cell read: a spreadsheet's own limit (Excel's 32,767 characters). A longer cell is
   * refused as it is read, so no parser ever sees a megabyte "number".
   */
  public static final int LONGEST_CELL = 32_767;

  private CsvReader() {}

  /** A data row: its line number in the file and its cells by column name. */
  public record Row(String file, int line, Map<String, String> cells) {

    public String get(String column) {
      if (!cells.containsKey(column)) {
        throw new IllegalStateException(file + " has no column \"" + column + "\"");
      }
      String value = cells.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }

    public String where(String column) {
      return file + " row " + line + ", column " + column;
    }
  }

  public static List<Row> parse(String file, String text, List<String> requiredColumns) {
    List<List<String>> records =
        records(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
    if (records.isEmpty()) {
      throw InvalidInputException.of("CSV-1", file, file + " is empty: it needs a header row");
    }
    List<String> header = records.get(0).stream().map(String::strip).toList();
    List<FieldProblem> problems = new ArrayList<>();
    for (String required : requiredColumns) {
      if (!header.contains(required)) {
        problems.add(new FieldProblem(file, file + " has no column \"" + required + "\""));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("CSV-2", problems);
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> record = records.get(r);
      if (record.size() == 1 && record.get(0).isBlank()) {
        continue;
      }
      if (record.size() != header.size()) {
        throw InvalidInputException.of(
            "CSV-3",
            file,
            file
                + " row "
                + (r + 1)
                + " has "
                + record.size()
                + " cells but the header has "
                + header.size());
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        cells.put(header.get(c), record.get(c));
      }
      rows.add(new Row(file, r + 1, cells));
    }
    return rows;
  }

  private static List<List<String>> records(String file, String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        record.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\r' || ch == '\n') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(cell.toString());
        cell.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        cell.append(ch);
      }
      if (ch == '\0') {
        throw InvalidInputException.of(
            "CSV-5",
            file,
            file
                + " row "
                + (records.size() + 1)
                + ", column "
                + (record.size() + 1)
                + " contains a NUL character: this is not a text CSV file");
      }
      if (cell.length() > LONGEST_CELL) {
        throw InvalidInputException.of(
            "CSV-6",
            file,
            file
                + " row "
                + (records.size() + 1)
                + ", column "
                + (record.size() + 1)
                + " is longer than "
                + LONGEST_CELL
                + " characters, the most a cell can hold");
      }
      i++;
    }
    if (quoted) {
      throw InvalidInputException.of(
          "CSV-4", file, file + " ends inside a quoted cell: a closing quote is missing");
    }
    if (cell.length() > 0 || !record.isEmpty()) {
      record.add(cell.toString());
      records.add(record);
    }
    return records;
  }
}
