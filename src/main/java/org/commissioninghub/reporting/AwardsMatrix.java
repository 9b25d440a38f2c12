package org.commissioninghub.reporting;

import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * Organisations × funding streams for one financial year, as in the annual commissioning report.
 * Every total is computed from the award lines.
 */
public record AwardsMatrix(FinancialYear year, String group, List<Column> columns, List<Row> rows) {

  /** A funding stream, with the total of its column. */
  public record Column(
      String streamPublicId, String name, String shortName, Money total, int lines) {}

  /** An organisation's amounts per stream; a null cell means no line from that stream. */
  public record Row(
      String organisationPublicId, String organisationName, String services, List<Money> cells) {

    public Money total() {
      return cells.stream().filter(c -> c != null).reduce(Money.ZERO, Money::plus);
    }

    public int streamCount() {
      return (int) cells.stream().filter(c -> c != null).count();
    }
  }

  public Money grandTotal() {
    return columns.stream().map(Column::total).reduce(Money.ZERO, Money::plus);
  }

  public int lineCount() {
    return columns.stream().mapToInt(Column::lines).sum();
  }
}
