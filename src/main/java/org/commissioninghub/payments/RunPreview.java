package org.commissioninghub.payments;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.shared.Money;

/**
 * A payment run as it would be put together, before anything is written: the payments it would
 * hold, to how many payees, the total and what each stream pays. Creating the run from a preview
 * names exactly these payments, so a payment falling due meanwhile is not added unseen.
 */
public record RunPreview(
    LocalDate paymentDate, LocalDate dueBy, List<ScheduledPaymentView> payments) {

  /** What one stream pays in the run. */
  public record StreamTotal(String stream, int payments, Money total) {}

  public Money total() {
    return payments.stream().map(ScheduledPaymentView::amount).reduce(Money.ZERO, Money::plus);
  }

  public long payees() {
    return payments.stream().map(ScheduledPaymentView::payeeOrganisationId).distinct().count();
  }

  /** The streams paid from, in the order first met, each with its count and total. */
  public List<StreamTotal> byStream() {
    Map<String, List<ScheduledPaymentView>> streams = new LinkedHashMap<>();
    payments.forEach(
        p -> streams.computeIfAbsent(p.streamName(), s -> new java.util.ArrayList<>()).add(p));
    return streams.entrySet().stream()
        .map(
            e ->
                new StreamTotal(
                    e.getKey(),
                    e.getValue().size(),
                    e.getValue().stream()
                        .map(ScheduledPaymentView::amount)
                        .reduce(Money.ZERO, Money::plus)))
        .toList();
  }

  public List<Long> ids() {
    return payments.stream().map(ScheduledPaymentView::id).toList();
  }
}
