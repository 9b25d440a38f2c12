package org.commissioninghub.monitoring;

import java.util.Locale;
import org.commissioninghub.shared.Problems;

/**
 * A measure an officer adds to the catalogue, as typed: code, label, section, unit, how quarters
 * add up, output or outcome, and optionally the measure its rate is a share of.
 */
public record MeasureRequest(
    String code,
    String label,
    String section,
    String unit,
    String aggregation,
    String kind,
    String denominator) {

  /** Checks the shape, naming every field at fault. */
  public MeasureCommand toCommand() {
    Problems problems = new Problems();
    String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!upper.matches("[A-Z][A-Z0-9_]{1,59}")) {
      problems.add(
          "code", "Give a code of capital letters, digits and underscores, like HATE_CRIME_CASES");
    }
    String labelText = required(label, "label", "Say what is counted", 200, problems);
    String sectionText =
        required(section, "section", "Say which part of the return it goes in", 100, problems);
    Unit u = choice(Unit.class, unit, "unit", "Choose the unit", problems);
    Aggregation a =
        choice(
            Aggregation.class, aggregation, "aggregation", "Choose how quarters add up", problems);
    MetricKind k =
        choice(MetricKind.class, kind, "kind", "Choose output, outcome or context", problems);
    problems.throwIfAny("MEASURE-1");
    return new MeasureCommand(
        upper, labelText, sectionText, u, a, k, ReturnCommands.blankToNull(denominator));
  }

  private static String required(
      String text, String field, String message, int max, Problems problems) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      problems.add(field, message);
    } else if (t.length() > max) {
      problems.add(field, "This must be " + max + " characters or fewer");
    }
    return t;
  }

  private static <E extends Enum<E>> E choice(
      Class<E> type, String text, String field, String message, Problems problems) {
    try {
      return Enum.valueOf(type, text == null ? "" : text.strip());
    } catch (IllegalArgumentException e) {
      problems.add(field, message);
      return null;
    }
  }
}
