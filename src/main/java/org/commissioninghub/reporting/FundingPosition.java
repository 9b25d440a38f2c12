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

  /** Received and awarded per group of streams (e.g. victim-services, home-office). */
  public List<GroupTotal> groups() {
    java.util.Map<String, GroupTotal> totals = new java.util.LinkedHashMap<>();
    for (StreamLine s : streams) {
      totals.merge(
          s.group(),
          new GroupTotal(
              s.group(),
              s.received() == null ? Money.ZERO : s.received(),
              s.allocated(),
              s.received() == null ? 1 : 0),
          (a, b) ->
              new GroupTotal(
                  a.group(),
                  a.received().plus(b.received()),
                  a.allocated().plus(b.allocated()),
                  a.streamsWithoutAmount() + b.streamsWithoutAmount()));
    }
    return List.copyOf(totals.values());
  }

  /** One group's totals; streamsWithoutAmount counts streams whose amount received is unknown. */
  public record GroupTotal(
      String group, Money received, Money allocated, int streamsWithoutAmount) {}
}
