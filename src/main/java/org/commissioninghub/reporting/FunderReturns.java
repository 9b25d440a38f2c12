package org.commissioninghub.reporting;

import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.monitoring.AggregateScope;
import org.commissioninghub.monitoring.GroupFigures;
import org.commissioninghub.monitoring.MonitoringAggregates;
import org.commissioninghub.payments.Payments;
import org.commissioninghub.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A return to a funder for one stream and its year: what was received, what it was allocated to
 * (each award line), what has been paid, and the outputs of the services it funds, all computed
 * from the records.
 */
@Service
public class FunderReturns {

  static final List<String> OUTPUTS =
      List.of("REFERRALS", "SUPPORTED", "REPORTED_BEFORE", "EMPOWERED_AFTER", "OUTCOME_COPE");

  private final FundingStreams streams;
  private final Awards awards;
  private final Payments payments;
  private final MonitoringAggregates aggregates;

  FunderReturns(
      FundingStreams streams, Awards awards, Payments payments, MonitoringAggregates aggregates) {
    this.streams = streams;
    this.awards = awards;
    this.payments = payments;
    this.aggregates = aggregates;
  }

  /** One award line the stream pays for. */
  public record Allocation(String organisation, String award, String title, Money amount) {}

  /** One output of the services the stream funds, with the measure's label. */
  public record Output(String code, String label, Long value) {}

  public record FunderReturn(
      FundingStreamView stream,
      List<Allocation> allocations,
      Money allocated,
      Money paid,
      Money unallocated,
      List<String> services,
      List<Output> outputs) {}

  @Transactional(readOnly = true)
  public FunderReturn of(String streamPublicId) {
    FundingStreamView stream = streams.get(streamPublicId);
    List<Allocation> allocations = new ArrayList<>();
    Money allocated = Money.ZERO;
    for (AwardView award : awards.list(stream.year())) {
      for (AwardLineView line : award.lines()) {
        if (stream.publicId().equals(line.streamPublicId()) && line.year().equals(stream.year())) {
          allocations.add(
              new Allocation(
                  award.organisationName(), award.publicId(), award.title(), line.amount()));
          allocated = allocated.plus(line.amount());
        }
      }
    }
    Money paid = payments.paidByStream(stream.year()).getOrDefault(stream.id(), Money.ZERO);
    var year = aggregates.of(stream.year());
    GroupFigures figures = year.group(AggregateScope.FUNDING_STREAM, stream.name());
    List<Output> outputs = new ArrayList<>();
    if (figures != null) {
      for (String code : OUTPUTS) {
        outputs.add(new Output(code, year.measure(code).label(), figures.value(code)));
      }
    }
    return new FunderReturn(
        stream,
        allocations,
        allocated,
        paid,
        stream.amount() == null ? null : stream.amount().minus(allocated),
        figures == null ? List.of() : figures.services(),
        outputs);
  }
}
