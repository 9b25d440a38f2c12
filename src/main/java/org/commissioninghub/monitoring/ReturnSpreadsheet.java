package org.commissioninghub.monitoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.commissioninghub.shared.CsvReader;
import org.commissioninghub.shared.CsvWriter;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.InvalidInputException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * A return as a spreadsheet a provider can fill in offline: one row per measure (code, section,
 * measure, unit, value) after a row naming the return, so a file cannot be uploaded to the wrong
 * return. Reading it checks every cell and names the row and column of each problem; nothing is
 * kept from a file with any problem.
 */
final class ReturnSpreadsheet {

  static final String RETURN_ROW = "RETURN";
  static final String NARRATIVE_ROW = "NARRATIVE";
  static final List<String> HEADER = List.of("Code", "Section", "Measure", "Unit", "Value");
  private static final int CODE = 0;

  /**
   * Bounds checked before anything is parsed: a return has tens of measures, so a file with more
   * rows is not a return (and an .xlsx that unzips to a million rows is refused as it streams); no
   * count of people or sessions needs more than 15 digits.
   */
  static final int MOST_ROWS = 2_000;

  static final int LONGEST_NUMBER = 15;
  static final int LONGEST_CELL = 32_767;
  private static final int VALUE = 4;

  private ReturnSpreadsheet() {}

  /** What an uploaded file says: typed values by measure code, and the narrative. */
  record Upload(Map<String, String> values, String narrative) {}

  static String csv(
      MonitoringReturnView r, ReturnTemplate template, Map<String, Long> values, String narrative) {
    CsvWriter csv = new CsvWriter().row(HEADER);
    csv.row(
        RETURN_ROW, "", r.serviceName() + ", " + r.period().label(), "", String.valueOf(r.id()));
    for (MetricDefinition m : template.metrics()) {
      Long v = values.get(m.code());
      csv.row(m.code(), m.section(), m.label(), m.unit().name(), v == null ? "" : v.toString());
    }
    csv.row(NARRATIVE_ROW, "", "Narrative: what the figures mean", "TEXT", nullToEmpty(narrative));
    return csv.toString();
  }

  static byte[] xlsx(
      MonitoringReturnView r, ReturnTemplate template, Map<String, Long> values, String narrative) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, "Commissioning Hub", "1.0")) {
      Worksheet sheet = workbook.newWorksheet("Return");
      for (int c = 0; c < HEADER.size(); c++) {
        sheet.value(0, c, HEADER.get(c));
      }
      sheet.range(0, 0, 0, HEADER.size() - 1).style().bold().set();
      sheet.value(1, 0, RETURN_ROW);
      sheet.value(1, 2, r.serviceName() + ", " + r.period().label());
      sheet.value(1, VALUE, r.id());
      int row = 2;
      for (MetricDefinition m : template.metrics()) {
        sheet.value(row, 0, m.code());
        sheet.value(row, 1, m.section());
        sheet.value(row, 2, m.label());
        sheet.value(row, 3, m.unit().name());
        Long v = values.get(m.code());
        if (v != null) {
          sheet.value(row, VALUE, v);
        }
        row++;
      }
      sheet.value(row, 0, NARRATIVE_ROW);
      sheet.value(row, 2, "Narrative: what the figures mean");
      sheet.value(row, 3, "TEXT");
      if (narrative != null) {
        sheet.value(row, VALUE, narrative);
      }
      sheet.width(1, 28);
      sheet.width(2, 60);
      sheet.width(VALUE, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Reads an uploaded .xlsx or .csv for the given return, or throws with every cell at fault. */
  static Upload read(String filename, byte[] content, ReturnTemplate template, long returnId) {
    String name = filename == null ? "" : filename.toLowerCase();
    if (content == null || content.length == 0) {
      throw InvalidInputException.of(
          "RETURN-13", "file", "Choose the return's spreadsheet (.xlsx or .csv) to upload");
    }
    List<List<String>> rows;
    if (name.endsWith(".xlsx")) {
      rows = xlsxRows(content);
    } else if (name.endsWith(".csv")) {
      rows = csvRows(content);
    } else {
      throw InvalidInputException.of(
          "RETURN-13", "file", "The file must be an .xlsx or .csv spreadsheet, not " + filename);
    }
    return interpret(rows, template, returnId);
  }

  private static Upload interpret(List<List<String>> rows, ReturnTemplate template, long returnId) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, MetricDefinition> byCode = new LinkedHashMap<>();
    template.metrics().forEach(m -> byCode.put(m.code(), m));
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> seenAt = new LinkedHashMap<>();
    String narrative = null;
    boolean returnNamed = false;
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      int number = i + 1;
      String code = cell(row, CODE);
      String value = cell(row, VALUE);
      if (code.isEmpty()) {
        if (!value.isEmpty()) {
          problems.add(problem(number, "A", "there is a value in column E but no measure code"));
        }
        continue;
      }
      if (seenAt.containsKey(code)) {
        problems.add(
            problem(number, "A", code + " is also on row " + seenAt.get(code) + "; give it once"));
        continue;
      }
      seenAt.put(code, number);
      switch (code) {
        case RETURN_ROW -> {
          returnNamed = true;
          if (!value.equals(String.valueOf(returnId))) {
            problems.add(
                problem(
                    number,
                    "E",
                    "this spreadsheet is for return "
                        + (value.isEmpty() ? "(none)" : value)
                        + ", not return "
                        + returnId
                        + ": download this return's own spreadsheet"));
          }
        }
        case NARRATIVE_ROW -> {
          narrative = value.isEmpty() ? null : value;
          if (narrative != null && narrative.length() > 8000) {
            problems.add(problem(number, "E", "the narrative must be 8,000 characters or fewer"));
          }
        }
        default -> {
          MetricDefinition m = byCode.get(code);
          if (m == null) {
            problems.add(
                problem(
                    number, "A", "\"" + code + "\" is not a measure of this return's template"));
          } else if (!value.isEmpty()) {
            String whole = wholeNumber(value);
            if (whole == null) {
              problems.add(
                  problem(
                      number,
                      "E",
                      m.label()
                          + ": enter a whole number of "
                          + m.unit().label()
                          + (tooLong(value) ? " of at most " + LONGEST_NUMBER + " digits" : "")
                          + ", not \""
                          + shown(value)
                          + "\""));
            } else if (m.unit() == Unit.PERCENT
                && new BigDecimal(whole).compareTo(BigDecimal.valueOf(100)) > 0) {
              problems.add(problem(number, "E", m.label() + ": a percentage is from 0 to 100"));
            } else {
              values.put(code, whole);
            }
          }
        }
      }
    }
    if (rows.isEmpty() || !HEADER.get(0).equalsIgnoreCase(cell(rows.get(0), 0))) {
      problems.add(
          0,
          problem(
              1, "A", "the first row must be the header (Code, Section, Measure, Unit, Value)"));
    }
    if (!returnNamed) {
      problems.add(
          new FieldProblem(
              "file",
              "The spreadsheet has no RETURN row naming the return: download this return's own"
                  + " spreadsheet"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("RETURN-14", problems);
    }
    return new Upload(values, narrative);
  }

  /** The number as typed, if it is a whole number of at least zero: "1,116", "1116" or "1116.0". */
  private static String wholeNumber(String text) {
    if (tooLong(text)) {
      return null;
    }
    String plain = text.strip().replace(",", "");
    if (!text.strip().matches("\\d{1,3}(,\\d{3})*(\\.0+)?|\\d+(\\.0+)?")) {
      return null;
    }
    return new BigDecimal(plain).toBigInteger().toString();
  }

  /**
   * Checked before the text is parsed: counting digits is linear, but turning a megabyte of digits
   * into a BigDecimal and back is not.
   */
  private static boolean tooLong(String text) {
    String digits = text.strip().replace(",", "");
    int point = digits.indexOf('.');
    return (point < 0 ? digits.length() : point) > LONGEST_NUMBER || digits.length() > 40;
  }

  /** The start of a long cell, for a message. */
  private static String shown(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  private static void checkRowCount(int rows) {
    if (rows > MOST_ROWS) {
      throw InvalidInputException.of(
          "RETURN-13",
          "file",
          "The spreadsheet has more than "
              + MOST_ROWS
              + " rows: a return's spreadsheet has one row per measure; download this return's"
              + " own spreadsheet");
    }
  }

  private static FieldProblem problem(int row, String column, String message) {
    return new FieldProblem("file", "Row " + row + ", column " + column + ": " + message);
  }

  private static String cell(List<String> row, int index) {
    return index < row.size() && row.get(index) != null ? row.get(index).strip() : "";
  }

  private static List<List<String>> csvRows(byte[] content) {
    String text = org.commissioninghub.shared.TextFiles.decode(content).text();
    List<CsvReader.Row> parsed = CsvReader.parse("the spreadsheet", text, List.of());
    List<List<String>> rows = new ArrayList<>();
    List<String> header =
        new ArrayList<>(parsed.isEmpty() ? HEADER : parsed.get(0).cells().keySet());
    rows.add(header);
    checkRowCount(parsed.isEmpty() ? 0 : parsed.get(parsed.size() - 1).line());
    for (CsvReader.Row row : parsed) {
      while (rows.size() < row.line() - 1) {
        rows.add(List.of());
      }
      rows.add(new ArrayList<>(row.cells().values()));
    }
    return rows;
  }

  private static List<List<String>> xlsxRows(byte[] content) {
    List<List<String>> rows = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
        Stream<Row> stream = workbook.getFirstSheet().openStream()) {
      stream.forEach(
          row -> {
            checkRowCount(row.getRowNum());
            while (rows.size() < row.getRowNum() - 1) {
              rows.add(List.of());
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c <= VALUE; c++) {
              Optional<Cell> cell = row.getOptionalCell(c);
              String text = cell.map(ReturnSpreadsheet::text).orElse("");
              if (text.length() > LONGEST_CELL) {
                throw InvalidInputException.of(
                    "RETURN-13",
                    "file",
                    "Row "
                        + row.getRowNum()
                        + ", column "
                        + (char) ('A' + Math.min(c, 25))
                        + " is longer than "
                        + LONGEST_CELL
                        + " characters, the most a cell can hold");
              }
              cells.add(text);
            }
            rows.add(cells);
          });
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw InvalidInputException.of(
          "RETURN-13", "file", "The file could not be read as an .xlsx spreadsheet");
    }
    return rows;
  }

  private static String text(Cell cell) {
    if (cell.getType() == CellType.NUMBER) {
      // A number such as 1E+999999999 is kept as typed: written out in full it would be a
      // gigabyte of digits.
      BigDecimal n = cell.asNumber();
      if (n.precision() - n.scale() > LONGEST_NUMBER + 1 || n.scale() > 30) {
        return cell.getRawValue();
      }
      return n.stripTrailingZeros().toPlainString();
    }
    if (cell.getType() == CellType.EMPTY) {
      return "";
    }
    return cell.getText() == null ? "" : cell.getText();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
