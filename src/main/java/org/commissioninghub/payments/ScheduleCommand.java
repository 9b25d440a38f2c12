package org.commissioninghub.payments;

import org.commissioninghub.shared.FinancialYear;

/**
 * Generate the schedule of an award or a contract (the lines of the awards its lots fund), read and
 * typed ({@link ScheduleRequest#toCommand()}).
 *
 * @param instrument the award's or contract's public id
 * @param instalments how many instalments an INSTALMENTS profile makes (1 to 12)
 * @param year only the lines of this financial year, or null for every line
 */
public record ScheduleCommand(
    InstrumentType instrumentType,
    String instrument,
    PaymentProfile profile,
    int instalments,
    FinancialYear year,
    PaymentClass paymentClass,
    String costCentre,
    String conditions,
    String reasons) {

  /** What is scheduled: an award's lines, or those of the awards a contract's lots fund. */
  public enum InstrumentType {
    AWARD,
    CONTRACT
  }
}
