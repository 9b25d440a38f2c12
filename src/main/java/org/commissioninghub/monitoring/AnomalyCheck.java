package org.commissioninghub.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Flags a measure that moved by more than half since the same service's previous quarter, for the
 * provider to explain and the commissioner to question. Small numbers (under 10 before) are left
 * alone: going from 2 to 4 is not news.
 */
public final class AnomalyCheck {

  static final int CHANGE_PERCENT = 50;
  static final long SMALLEST_BASE = 10;

  private AnomalyCheck() {}

  public static List<String> flags(
      ReturnTemplate template,
      Map<String, Long> now,
      Map<String, Long> before,
      String beforeLabel) {
    List<String> flags = new ArrayList<>();
    for (MetricDefinition m : template.metrics()) {
      Long was = before.get(m.code());
      Long is = now.get(m.code());
      if (was == null || is == null || was < SMALLEST_BASE) {
        continue;
      }
      long difference = is - was;
      // Compared exactly; the percentage shown is rounded half away from zero.
      if (Math.abs(difference) * 100 > CHANGE_PERCENT * was) {
        long change = Long.signum(difference) * Math.round(Math.abs(difference) * 100.0 / was);
        flags.add(
            m.label()
                + " changed from "
                + String.format("%,d", was)
                + " to "
                + String.format("%,d", is)
                + " ("
                + (change > 0 ? "+" : "")
                + change
                + "%) since "
                + beforeLabel);
      }
    }
    return flags;
  }
}
