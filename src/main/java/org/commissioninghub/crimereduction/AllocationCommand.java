package org.commissioninghub.crimereduction;

import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * A year's Crime Reduction Grant to one CSP, read ({@link AllocationRequest#toCommand()}).
 *
 * @param csp the partnership's public id
 * @param source the funding source's public id (the PCC's own budget when none was named)
 * @param upfront when the upfront pot's round opens and closes, as typed (the round reads them)
 * @param tactical when the tactical pot's round opens and closes, as typed
 */
public record AllocationCommand(
    String csp, FinancialYear year, Money total, String source, Window upfront, Window tactical) {

  /** A round's window in UK local date-times, like 2024-05-09T17:00. */
  public record Window(String opens, String closes) {}
}
