package org.commissioninghub.programmes;

import java.time.Instant;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/** A round of a programme: when it takes applications, and how much it may give. */
public record RoundView(
    long id,
    String publicId,
    ProgrammeView programme,
    String name,
    String referencePrefix,
    RoundWindow window,
    Money budget,
    FinancialYear firstYear,
    String advert,
    Long opensAfterRoundId,
    String opensAfterRoundPublicId) {

  public boolean isOpenAt(Instant moment) {
    return window.isOpenAt(moment);
  }

  /** The financial year of the n-th year of a bid (0 is the round's first year). */
  public FinancialYear year(int index) {
    return new FinancialYear(firstYear.startYear() + index);
  }

  public String opensText() {
    return RoundWindow.shown(window.opens());
  }

  public String closesText() {
    return RoundWindow.shown(window.closes());
  }
}
