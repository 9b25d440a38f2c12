package org.commissioninghub.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Quarter;

/**
 * When the instalments of one award line fall due in the line's financial year.
 *
 * <ul>
 *   <li>QUARTERLY_IN_ADVANCE: four instalments on the first day of each quarter, 1 April, 1 July, 1
 *       October and 1 January.
 *   <li>QUARTERLY_IN_ARREARS: four instalments 25 days after each quarter ends, 25 July, 25
 *       October, 25 January and 25 April (the last one in the next financial year, still paying the
 *       line's year).
 *   <li>INSTALMENTS: n instalments (1 to 12) spread evenly from 1 April, instalment i due on the
 *       first of the month 12·i/n months after 1 April (6 → every two months).
 *   <li>ONE_OFF: the whole line on 1 April.
 * </ul>
 *
 * Amounts are split by {@link Split}: the remainder in pence goes on the last instalment.
 */
public enum PaymentProfile {
  QUARTERLY_IN_ADVANCE("Quarterly in advance"),
  QUARTERLY_IN_ARREARS("Quarterly in arrears"),
  INSTALMENTS("Instalments"),
  ONE_OFF("One-off");

  static final int MAX_INSTALMENTS = 12;

  private final String label;

  PaymentProfile(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** One planned instalment: when it is due, the quarter of the year it pays for, the amount. */
  public record Planned(int instalment, int count, LocalDate due, int quarter, Money amount) {}

  /** How many instalments the profile makes; only INSTALMENTS uses the requested count. */
  public int count(int requested) {
    return switch (this) {
      case QUARTERLY_IN_ADVANCE, QUARTERLY_IN_ARREARS -> 4;
      case INSTALMENTS -> requested;
      case ONE_OFF -> 1;
    };
  }

  public List<Planned> plan(FinancialYear year, Money amount, int requested) {
    int count = count(requested);
    if (count < 1 || count > MAX_INSTALMENTS) {
      throw new IllegalArgumentException(
          "the number of instalments must be between 1 and " + MAX_INSTALMENTS);
    }
    List<Money> parts = Split.equalInstalments(amount, count);
    List<Planned> planned = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate due;
      int quarter;
      switch (this) {
        case QUARTERLY_IN_ADVANCE -> {
          quarter = i + 1;
          due = year.quarter(quarter).start();
        }
        case QUARTERLY_IN_ARREARS -> {
          quarter = i + 1;
          due = year.quarter(quarter).end().plusDays(25);
        }
        default -> {
          due = year.start().plusMonths((long) i * 12 / count);
          quarter = Quarter.containing(due).number();
        }
      }
      planned.add(new Planned(i + 1, count, due, quarter, parts.get(i)));
    }
    return List.copyOf(planned);
  }
}
