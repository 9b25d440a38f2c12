package org.commissioninghub.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What validating a 360Giving file found: schema errors (the file may not be published with any)
 * and quality warnings by check, each with how many grants it affects and the first few examples,
 * so a million-grant file does not produce a million messages.
 */
public final class ValidationReport {

  static final int EXAMPLES = 5;
  static final int SCHEMA_MESSAGES = 100;

  private long grants;
  private long schemaErrorCount;
  private final List<String> schemaErrors = new ArrayList<>();
  private final Map<String, Long> warningCounts = new LinkedHashMap<>();
  private final Map<String, List<String>> warningExamples = new LinkedHashMap<>();

  void grant() {
    grants++;
  }

  void schemaError(String message) {
    schemaErrorCount++;
    if (schemaErrors.size() < SCHEMA_MESSAGES) {
      schemaErrors.add(message);
    }
  }

  void warning(String check, String example) {
    warningCounts.merge(check, 1L, Long::sum);
    List<String> examples = warningExamples.computeIfAbsent(check, k -> new ArrayList<>());
    if (examples.size() < EXAMPLES) {
      examples.add(example);
    }
  }

  /** Adds a later part of the file's findings, keeping the caps on messages and examples. */
  void merge(ValidationReport part) {
    grants += part.grants;
    schemaErrorCount += part.schemaErrorCount;
    for (String message : part.schemaErrors) {
      if (schemaErrors.size() < SCHEMA_MESSAGES) {
        schemaErrors.add(message);
      }
    }
    part.warningCounts.forEach(
        (check, n) -> {
          warningCounts.merge(check, n, Long::sum);
          List<String> examples = warningExamples.computeIfAbsent(check, k -> new ArrayList<>());
          for (String example : part.warningExamples.get(check)) {
            if (examples.size() < EXAMPLES) {
              examples.add(example);
            }
          }
        });
  }

  public long grants() {
    return grants;
  }

  public boolean publishable() {
    return schemaErrorCount == 0;
  }

  public long schemaErrorCount() {
    return schemaErrorCount;
  }

  /** The first schema errors, each naming the grant and the field. */
  public List<String> schemaErrors() {
    return List.copyOf(schemaErrors);
  }

  /** Each quality check that failed, with the number of grants. */
  public Map<String, Long> warnings() {
    return Map.copyOf(warningCounts);
  }

  public List<String> examples(String check) {
    return warningExamples.getOrDefault(check, List.of());
  }

  public List<Warning> warningList() {
    List<Warning> list = new ArrayList<>();
    warningCounts.forEach((k, n) -> list.add(new Warning(k, n, examples(k))));
    return list;
  }

  public record Warning(String check, long grants, List<String> examples) {}
}
