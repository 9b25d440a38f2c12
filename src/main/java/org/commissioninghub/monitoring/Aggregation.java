package org.commissioninghub.monitoring;

import java.util.List;
import java.util.Objects;

/**
 * How a measure's quarterly values make a year's: referrals add up, an open caseload is the latest
 * quarter's, an average wait is the mean of the quarters that report it.
 */
public enum Aggregation {
  SUM("Added up"),
  AVERAGE("Average of the quarters"),
  LATEST("Latest quarter"),
  MAX("Highest quarter");

  private final String label;

  Aggregation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The year's value from the quarters' values in order (null where a quarter has none); null when
   * no quarter has a value. An average is rounded half up to a whole number.
   */
  public Long of(List<Long> quarters) {
    List<Long> known = quarters.stream().filter(Objects::nonNull).toList();
    if (known.isEmpty()) {
      return null;
    }
    return switch (this) {
      case SUM -> known.stream().mapToLong(Long::longValue).sum();
      case AVERAGE -> {
        long sum = known.stream().mapToLong(Long::longValue).sum();
        yield Math.floorDiv(2 * sum + known.size(), 2L * known.size());
      }
      case LATEST -> known.get(known.size() - 1);
      case MAX -> known.stream().mapToLong(Long::longValue).max().orElseThrow();
    };
  }
}
