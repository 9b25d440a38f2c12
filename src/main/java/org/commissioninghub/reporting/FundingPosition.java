package org.commissioninghub.reporting;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/** Money in against money out for a financial year, stream by stream. */
public record FundingPosition(FinancialYear year, List<StreamLine> streams) {

  /** One stream: received (may be unknown), allocated to awards, and what is left. */
  public record StreamLine(
      String publicId,
      String name,
      String group,
      String sourceName,
      boolean ringfenced,
      LocalDate endDate,
      Money received,
      Money allocated) {

    public Money remaining() {
      return received == null ? null : received.minus(allocated);
    }

    /** Whole per cent of the amount received that has been awarded; null when not known. */
    public Long percentAwarded() {
      return received == null || !received.isPositive()
          ? null
          : allocated.pence() * 100 / received.pence();
    }

    public boolean overAllocated() {
      return received != null && allocated.isGreaterThan(received);
    }
  }

  public Money totalReceived() {
    return streams.stream()
        .map(StreamLine::received)
        .filter(m -> m != null)
        .reduce(Money.ZERO, Money::plus);
  }

  public Money totalAllocated() {
    return streams.stream().map(StreamLine::allocated).reduce(Money.ZERO, Money::plus);
  }

  public Money receivedInGroup(String group) {
    return streams.stream()
        .filter(s -> s.group().equals(group) && s.received() != null)
        .map(StreamLine::received)
        .reduce(Money.ZERO, Money::plus);
  }
}
