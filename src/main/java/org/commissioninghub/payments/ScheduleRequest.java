package org.commissioninghub.payments;

import static org.commissioninghub.payments.PaymentFields.blankToNull;
import static org.commissioninghub.payments.PaymentFields.optional;
import static org.commissioninghub.payments.PaymentFields.readClass;

import java.util.Locale;
import org.commissioninghub.payments.ScheduleCommand.InstrumentType;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Problems;

/**
 * Generate the schedule of an award or a contract, as the JSON body and the page's form carry it.
 * {@code instrumentType} is AWARD or CONTRACT; {@code year} optionally limits the lines to one
 * financial year; {@code instalments} is read for INSTALMENTS only.
 */
public record ScheduleRequest(
    String instrumentType,
    String instrument,
    String profile,
    String instalments,
    String year,
    String paymentClass,
    String costCentre,
    String conditions,
    String reasons) {

  /** The page's form before anything is typed. */
  static ScheduleRequest blank() {
    return new ScheduleRequest("AWARD", "", "QUARTERLY_IN_ADVANCE", "", "", "", "", "", "");
  }

  /**
   * Reads every field, collecting every problem (code PAYMENT-1).
   *
   * @throws InvalidInputException naming each field that is missing or not readable
   */
  public ScheduleCommand toCommand() {
    Problems problems = new Problems();
    PaymentProfile readProfile = profile(problems);
    int count = readProfile == PaymentProfile.INSTALMENTS ? instalments(problems) : 1;
    FinancialYear onlyYear =
        blankToNull(year) == null ? null : problems.parse("year", year, FinancialYear::parse);
    PaymentClass cls = readClass(paymentClass, PaymentClass.EXPENDITURE, problems);
    String centre = optional(costCentre, 100, "costCentre", "The cost centre", problems);
    String conds = optional(conditions, 1000, "conditions", "The conditions", problems);
    String why = optional(reasons, 1000, "reasons", "The reasons", problems);
    String id = blankToNull(instrument);
    InstrumentType type = null;
    if (id == null) {
      problems.add("instrument", "Enter the award or contract to schedule");
    } else {
      type = type(problems);
    }
    problems.throwIfAny("PAYMENT-1");
    return new ScheduleCommand(type, id, readProfile, count, onlyYear, cls, centre, conds, why);
  }

  private PaymentProfile profile(Problems problems) {
    if (blankToNull(profile) == null) {
      problems.add("profile", "Choose how the payments are profiled");
      return null;
    }
    try {
      return PaymentProfile.valueOf(profile.strip().toUpperCase(Locale.UK));
    } catch (IllegalArgumentException e) {
      problems.add("profile", "There is no payment profile " + profile);
      return null;
    }
  }

  private InstrumentType type(Problems problems) {
    String t = instrumentType == null ? "" : instrumentType.strip().toUpperCase(Locale.UK);
    for (InstrumentType type : InstrumentType.values()) {
      if (type.name().equals(t)) {
        return type;
      }
    }
    problems.add("instrumentType", "Choose whether an award or a contract is scheduled");
    return null;
  }

  private int instalments(Problems problems) {
    if (blankToNull(instalments) == null) {
      problems.add("instalments", "Enter how many instalments, from 1 to 12");
      return 1;
    }
    try {
      int n = Integer.parseInt(instalments.strip());
      if (n < 1 || n > PaymentProfile.MAX_INSTALMENTS) {
        problems.add("instalments", "The number of instalments must be from 1 to 12");
        return 1;
      }
      return n;
    } catch (NumberFormatException e) {
      problems.add("instalments", "Enter the number of instalments as a whole number, like 4");
      return 1;
    }
  }
}
