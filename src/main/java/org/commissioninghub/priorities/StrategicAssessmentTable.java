package org.commissioninghub.priorities;

import java.util.List;
import org.commissioninghub.shared.FinancialYear;

/**
 * The county table of a year's strategic assessments: for each issue, how many of the CSPs that
 * reported named it, and which (the drill-down), largest first.
 *
 * @param partnerships the CSPs that recorded their assessment: every count's denominator
 */
public record StrategicAssessmentTable(
    FinancialYear year, List<String> partnerships, List<Row> rows, long illustrative) {

  public record Row(String issue, List<Naming> namedBy) {

    public int count() {
      return namedBy.size();
    }

    public long countNamedAs(NamedAs how) {
      return namedBy.stream().filter(n -> n.namedAs() == how).count();
    }
  }

  public record Naming(String csp, NamedAs namedAs) {}
}
