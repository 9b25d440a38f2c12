package org.commissioninghub.reporting;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/** Money in against money out for a financial year, stream by stream. */
public record FundingPosition(FinancialYear year, List<StreamLine> streams) {

  /**
   * One stream: received (may be unknown) and carried in from last year; allocated to awards and
   * contracts, of which committed to contracts; paid; and decided at year end.
   */
  public record StreamLine(
      String publicId,
      String name,
      String group,
      String sourceName,
      boolean ringfenced,
      LocalDate endDate,
      Money received,
      Money allocated,
      Money committed,
      Money paid,
      Money carriedIn,
      Money decidedAtYearEnd) {

    /** What the stream has to spend: received plus carried in; null when not recorded. */
    public Money available() {
      return received == null ? null : received.plus(carriedIn);
    }

    /** Not yet allocated: available less allocated (so available = allocated + unallocated). */
    public Money remaining() {
      return received == null ? null : available().minus(allocated);
    }

    /** Not yet paid and not yet dealt with at year end. */
    public Money unspent() {
      return received == null ? null : available().minus(paid).minus(decidedAtYearEnd);
    }

    /** Awarded to grants rather than committed to contracts. */
    public Money grants() {
      return allocated.minus(committed);
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

  public Money totalCommitted() {
    return streams.stream().map(StreamLine::committed).reduce(Money.ZERO, Money::plus);
  }

  public Money totalPaid() {
    return streams.stream().map(StreamLine::paid).reduce(Money.ZERO, Money::plus);
  }

  public Money totalCarriedIn() {
    return streams.stream().map(StreamLine::carriedIn).reduce(Money.ZERO, Money::plus);
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
