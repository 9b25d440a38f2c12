package org.commissioninghub.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * One group's figures for a year: each measure's year total, each quarter's, and the services that
 * make them up.
 *
 * @param byQuarter quarter (1 to 4) to measure code to value
 */
public record GroupFigures(
    AggregateScope scope,
    String name,
    List<String> services,
    Map<String, Long> totals,
    Map<Integer, Map<String, Long>> byQuarter) {

  public Long value(String code) {
    return totals.get(code);
  }

  public Long quarter(int quarter, String code) {
    return byQuarter.getOrDefault(quarter, Map.of()).get(code);
  }

  /** The measure as a share of its denominator, or null when either is not reported. */
  public Rate rate(MetricDefinition measure) {
    if (measure.denominatorCode() == null) {
      return null;
    }
    Long count = totals.get(measure.code());
    Long of = totals.get(measure.denominatorCode());
    return count == null || of == null ? null : new Rate(count, of);
  }

  /** Average score per person scored (distance travelled), to one decimal place. */
  public BigDecimal averageScore(String sumCode) {
    Long sum = totals.get(sumCode);
    Long people = totals.get("DT_SCORED");
    if (sum == null || people == null || people == 0) {
      return null;
    }
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(people), 1, RoundingMode.HALF_UP);
  }

  public int serviceCount() {
    return services.size();
  }
}
