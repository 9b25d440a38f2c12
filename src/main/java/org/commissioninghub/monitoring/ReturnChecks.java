package org.commissioninghub.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.shared.FieldProblem;

/**
 * The checks a return must pass before it is certified: numbers that cannot be, given the others
 * (more people supported than referred or already open; more outcomes than people asked; more in a
 * breakdown than in its total; a percentage outside 0–100), and the measures every return needs.
 */
public final class ReturnChecks {

  /** Breakdowns of the people supported: each adds up to no more than those supported. */
  private static final List<String> BREAKDOWNS =
      List.of("Age", "Gender", "Ethnicity", "Disability");

  private static final List<String> REQUIRED = List.of("REFERRALS", "SUPPORTED");

  /** Distance-travelled surveys score each area from 1 to 10. */
  static final long MAX_SCORE = 10;

  private ReturnChecks() {}

  /** Reads typed values: whole numbers, commas between thousands allowed; blank means none. */
  public static Map<String, Long> read(
      ReturnTemplate template, Map<String, String> typed, List<FieldProblem> problems) {
    Map<String, Long> values = new LinkedHashMap<>();
    for (MetricDefinition m : template.metrics()) {
      String text = typed.get(m.code());
      if (text == null || text.isBlank()) {
        continue;
      }
      String plain = text.strip();
      if (!plain.matches("\\d{1,3}(,\\d{3})*|\\d+")) {
        problems.add(
            new FieldProblem(
                field(m),
                m.label()
                    + ": enter a whole number of "
                    + m.unit().label()
                    + ", like 1,116, not \""
                    + plain
                    + "\""));
        continue;
      }
      long value;
      try {
        value = Long.parseLong(plain.replace(",", ""));
      } catch (NumberFormatException e) {
        problems.add(new FieldProblem(field(m), m.label() + ": the number is too large"));
        continue;
      }
      if (m.unit() == Unit.PERCENT && value > 100) {
        problems.add(new FieldProblem(field(m), m.label() + ": a percentage is from 0 to 100"));
        continue;
      }
      values.put(m.code(), value);
    }
    return values;
  }

  /** Everything that must be put right before the return can be certified. */
  public static List<FieldProblem> check(ReturnTemplate template, Map<String, Long> values) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, MetricDefinition> byCode = new LinkedHashMap<>();
    template.metrics().forEach(m -> byCode.put(m.code(), m));
    for (String code : REQUIRED) {
      if (byCode.containsKey(code) && !values.containsKey(code)) {
        problems.add(
            new FieldProblem(field(byCode.get(code)), "Enter " + lower(byCode.get(code).label())));
      }
    }
    Long supported = values.get("SUPPORTED");
    Long referrals = values.get("REFERRALS");
    if (supported != null && referrals != null) {
      long open = values.getOrDefault("OPEN_CASES", 0L);
      if (supported > referrals + open) {
        problems.add(
            new FieldProblem(
                field(byCode.get("SUPPORTED")),
                "Individuals supported ("
                    + supported
                    + ") cannot be more than the referrals received ("
                    + referrals
                    + ") plus the open cases ("
                    + open
                    + ")"));
      }
    }
    for (MetricDefinition m : template.metrics()) {
      Long value = values.get(m.code());
      MetricDefinition base = m.denominatorCode() == null ? null : byCode.get(m.denominatorCode());
      if (value != null && base != null && values.containsKey(base.code())) {
        long of = values.get(base.code());
        if (m.unit() == Unit.SCORE) {
          if (value > MAX_SCORE * of || value < of) {
            problems.add(
                new FieldProblem(
                    field(m),
                    m.label()
                        + " ("
                        + value
                        + ") must be between 1 and "
                        + MAX_SCORE
                        + " points for each of the "
                        + of
                        + " "
                        + lower(base.label())
                        + ", so from "
                        + of
                        + " to "
                        + MAX_SCORE * of));
          }
          continue;
        }
        if (value > of) {
          problems.add(
              new FieldProblem(
                  field(m),
                  m.label()
                      + " ("
                      + value
                      + ") cannot be more than "
                      + lower(base.label())
                      + " ("
                      + of
                      + ")"));
        }
      }
    }
    atMost(problems, byCode, values, "CYP_SUPPORTED", "SUPPORTED");
    sectionAtMost(problems, template, values, "Referrals by source", byCode.get("REFERRALS"));
    sectionAtMost(problems, template, values, "Referrals by district", byCode.get("REFERRALS"));
    sectionAtMost(
        problems, template, values, "Referrals by service strand", byCode.get("REFERRALS"));
    for (String section : BREAKDOWNS) {
      sectionAtMost(problems, template, values, section, byCode.get("SUPPORTED"));
    }
    return problems;
  }

  private static void atMost(
      List<FieldProblem> problems,
      Map<String, MetricDefinition> byCode,
      Map<String, Long> values,
      String part,
      String whole) {
    Long p = values.get(part);
    Long w = values.get(whole);
    if (p != null && w != null && p > w) {
      problems.add(
          new FieldProblem(
              field(byCode.get(part)),
              byCode.get(part).label()
                  + " ("
                  + p
                  + ") cannot be more than "
                  + lower(byCode.get(whole).label())
                  + " ("
                  + w
                  + ")"));
    }
  }

  private static void sectionAtMost(
      List<FieldProblem> problems,
      ReturnTemplate template,
      Map<String, Long> values,
      String section,
      MetricDefinition whole) {
    List<MetricDefinition> parts = template.sections().getOrDefault(section, List.of());
    if (whole == null || !values.containsKey(whole.code()) || parts.isEmpty()) {
      return;
    }
    long sum = parts.stream().mapToLong(m -> values.getOrDefault(m.code(), 0L)).sum();
    if (sum > values.get(whole.code())) {
      problems.add(
          new FieldProblem(
              field(parts.get(0)),
              section
                  + ": the figures add up to "
                  + sum
                  + ", more than "
                  + lower(whole.label())
                  + " ("
                  + values.get(whole.code())
                  + ")"));
    }
  }

  static String field(MetricDefinition m) {
    return "values." + m.code();
  }

  private static String lower(String label) {
    return Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }
}
