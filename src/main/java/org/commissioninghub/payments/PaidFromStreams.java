package org.commissioninghub.payments;

import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.funding.StreamSpending;
import org.commissioninghub.shared.Money;
import org.springframework.stereotype.Component;

/** Tells the funding feature what has been paid from a stream, for its year-end decisions. */
@Component
class PaidFromStreams implements StreamSpending {

  private final Payments payments;
  private final FundingStreams streams;

  PaidFromStreams(Payments payments, FundingStreams streams) {
    this.payments = payments;
    this.streams = streams;
  }

  @Override
  public Money paidFrom(long streamId) {
    FundingStreamView stream = streams.get(streamId);
    return payments.paidByStream(stream.year()).getOrDefault(streamId, Money.ZERO);
  }
}
