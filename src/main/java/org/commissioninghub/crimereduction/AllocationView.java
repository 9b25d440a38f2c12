package org.commissioninghub.crimereduction;

import java.time.OffsetDateTime;
import org.commissioninghub.programmes.CrimeReductionGrantSplit;
import org.commissioninghub.programmes.RoundView;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/** A CSP's Crime Reduction Grant for a year, with where its two pots stand. */
public record AllocationView(
    long id,
    long cspId,
    String cspPublicId,
    String cspName,
    FinancialYear year,
    CrimeReductionGrantSplit split,
    String programmePublicId,
    String streamPublicId,
    RoundView upfrontRound,
    RoundView tacticalRound,
    Money approvedUpfront,
    Money approvedTactical,
    int undecidedUpfront,
    int undecidedTactical,
    Money underspend,
    OffsetDateTime closedAt,
    String closedBy) {

  public Money approved() {
    return approvedUpfront.plus(approvedTactical);
  }

  /** Computed, never typed: what the CSP has not committed to approved projects. */
  public Money unspent() {
    return split.total().minus(approved());
  }

  public Money upfrontLeft() {
    return split.upfront().minus(approvedUpfront);
  }

  /** The tactical pot opens only once every upfront business case is decided. */
  public boolean tacticalOpen() {
    return undecidedUpfront == 0;
  }

  public boolean closed() {
    return closedAt != null;
  }
}
