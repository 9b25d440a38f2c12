package org.commissioninghub.programmes;

import org.commissioninghub.shared.Money;

/**
 * A CSP's Crime Reduction Grant: two thirds for upfront projects, one third as a tactical pot. The
 * upfront share is two thirds rounded down to whole pounds and the tactical pot is the rest, so the
 * parts always add up to the allocation (2024/25 KCSP: £39,661 = £26,440 + £13,221).
 */
public record CrimeReductionGrantSplit(Money total, Money upfront, Money tactical) {

  public CrimeReductionGrantSplit {
    if (!upfront.plus(tactical).equals(total)) {
      throw new IllegalArgumentException(
          "The upfront and tactical parts must add up to the allocation");
    }
  }

  public static CrimeReductionGrantSplit of(Money total) {
    if (total.isNegative()) {
      throw new IllegalArgumentException("An allocation cannot be negative");
    }
    long upfrontPounds = Math.multiplyExact(total.pence(), 2) / 3 / 100;
    Money upfront = Money.ofPounds(upfrontPounds);
    return new CrimeReductionGrantSplit(total, upfront, total.minus(upfront));
  }

  /**
   * Whether approving a business case for this amount keeps the approved cases within the upfront
   * part.
   */
  public boolean fitsUpfront(Money alreadyApproved, Money proposed) {
    return !alreadyApproved.plus(proposed).isGreaterThan(upfront);
  }
}
