package org.commissioninghub.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.contracts.ContractLotView;
import org.commissioninghub.contracts.Contracts;
import org.commissioninghub.shared.FinancialYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds up a year's accepted returns: all victim services, by specialism, funding stream, programme,
 * provider and service, with each quarter for trends.
 *
 * <p>A service's year is its quarters combined by each measure's rule (referrals added, open cases
 * the latest quarter's, waits averaged). Services are then added together, except averages, which
 * are averaged. A service funded from several streams counts in full under each of them, so the
 * stream rows say how many services each holds and do not add up to the total.
 */
@Service
public class MonitoringAggregates {

  private static final String NO_FUNDING = "No funding recorded";

  private final MonitoringRepository repository;
  private final ReturnRepository values;
  private final Awards awards;
  private final Contracts contracts;

  MonitoringAggregates(
      MonitoringRepository repository,
      ReturnRepository values,
      Awards awards,
      Contracts contracts) {
    this.repository = repository;
    this.values = values;
    this.awards = awards;
    this.contracts = contracts;
  }

  @Transactional(readOnly = true)
  public YearAggregates of(FinancialYear year) {
    List<MetricDefinition> measures = repository.measures();
    List<MonitoringReturnView> issued = repository.returnsOfYear(year);
    List<MonitoringReturnView> accepted =
        issued.stream().filter(r -> r.status() == ReturnStatus.ACCEPTED).toList();
    Map<Long, Map<String, Long>> valuesByReturn = values.acceptedValuesOf(year);
    Map<Long, MonitoredService> known = new java.util.HashMap<>();
    repository.services().forEach(s -> known.put(s.id(), s));
    Map<Long, MonitoredService> services = new LinkedHashMap<>();
    Map<Long, Map<Integer, Map<String, Long>>> quarters = new LinkedHashMap<>();
    for (MonitoringReturnView r : accepted) {
      services.putIfAbsent(r.serviceId(), known.get(r.serviceId()));
      quarters
          .computeIfAbsent(r.serviceId(), id -> new TreeMap<>())
          .put(r.period().quarter(), valuesByReturn.getOrDefault(r.id(), Map.of()));
    }
    Map<Long, Funding> funding = new LinkedHashMap<>();
    services.values().forEach(s -> funding.put(s.id(), fundingOf(s, year)));

    List<GroupFigures> groups = new ArrayList<>();
    groups.add(
        group(
            AggregateScope.ALL_VICTIM_SERVICES,
            "All victim services",
            services,
            quarters,
            measures,
            MonitoredService::victimService));
    groups.add(
        group(
            AggregateScope.ALL_SERVICES,
            "All monitored services",
            services,
            quarters,
            measures,
            s -> true));
    for (ServiceSpecialism specialism : ServiceSpecialism.values()) {
      addIfAny(
          groups,
          group(
              AggregateScope.SPECIALISM,
              specialism.label(),
              services,
              quarters,
              measures,
              s -> s.specialism() == specialism));
    }
    Set<String> streams = new java.util.TreeSet<>();
    funding.values().forEach(f -> streams.addAll(f.streams()));
    for (String stream : streams) {
      groups.add(
          group(
              AggregateScope.FUNDING_STREAM,
              stream,
              services,
              quarters,
              measures,
              s -> funding.get(s.id()).streams().contains(stream)));
    }
    Set<String> programmes = new java.util.TreeSet<>();
    funding.values().forEach(f -> programmes.add(f.programme()));
    for (String programme : programmes) {
      groups.add(
          group(
              AggregateScope.PROGRAMME,
              programme,
              services,
              quarters,
              measures,
              s -> funding.get(s.id()).programme().equals(programme)));
    }
    Set<String> providers = new java.util.TreeSet<>();
    services.values().forEach(s -> providers.add(s.provider()));
    for (String provider : providers) {
      groups.add(
          group(
              AggregateScope.PROVIDER,
              provider,
              services,
              quarters,
              measures,
              s -> s.provider().equals(provider)));
    }
    Map<String, String> serviceOfRecord = new LinkedHashMap<>();
    services.values().stream()
        .sorted(java.util.Comparator.comparing(MonitoredService::name))
        .forEach(
            service ->
                groups.add(
                    group(
                        AggregateScope.SERVICE,
                        service.name() + " (" + service.provider() + ")",
                        services,
                        quarters,
                        measures,
                        s -> s.id() == service.id())));
    for (MonitoredService service : services.values()) {
      String name = service.name() + " (" + service.provider() + ")";
      serviceOfRecord.put(
          service.contractPublicId() != null ? service.contractPublicId() : service.awardPublicId(),
          name);
    }
    return new YearAggregates(
        year,
        measures,
        groups,
        issued.size(),
        accepted.size(),
        countedTwice(services),
        serviceOfRecord);
  }

  /**
   * A contract and the award that funds it may both be set up for monitoring; their returns then
   * report the same people, so the totals hold them twice. Said on the page rather than guessed
   * away, so the officer can stop one of them.
   */
  private List<String> countedTwice(Map<Long, MonitoredService> services) {
    List<String> twice = new ArrayList<>();
    for (MonitoredService contract : services.values()) {
      if (contract.contractPublicId() == null) {
        continue;
      }
      contracts.get(contract.contractPublicId()).lots().stream()
          .map(ContractLotView::awardPublicId)
          .filter(java.util.Objects::nonNull)
          .forEach(
              award ->
                  services.values().stream()
                      .filter(s -> award.equals(s.awardPublicId()))
                      .forEach(
                          s ->
                              twice.add(
                                  contract.name()
                                      + " reports both as the contract "
                                      + contract.contractPublicId()
                                      + " and as the award "
                                      + award
                                      + " that funds it: its figures are counted twice")));
    }
    return twice;
  }

  private static void addIfAny(List<GroupFigures> groups, GroupFigures group) {
    if (!group.services().isEmpty()) {
      groups.add(group);
    }
  }

  private static GroupFigures group(
      AggregateScope scope,
      String name,
      Map<Long, MonitoredService> services,
      Map<Long, Map<Integer, Map<String, Long>>> quarters,
      List<MetricDefinition> measures,
      Predicate<MonitoredService> member) {
    List<MonitoredService> members = services.values().stream().filter(member).toList();
    Map<String, Long> totals = new LinkedHashMap<>();
    Map<Integer, Map<String, Long>> byQuarter = new TreeMap<>();
    for (MetricDefinition m : measures) {
      List<Long> years = new ArrayList<>();
      for (MonitoredService s : members) {
        Map<Integer, Map<String, Long>> q = quarters.get(s.id());
        List<Long> four = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
          four.add(q.getOrDefault(quarter, Map.of()).get(m.code()));
        }
        years.add(m.aggregation().of(four));
      }
      put(totals, m, across(m, years));
      for (int quarter = 1; quarter <= 4; quarter++) {
        List<Long> inQuarter = new ArrayList<>();
        for (MonitoredService s : members) {
          inQuarter.add(quarters.get(s.id()).getOrDefault(quarter, Map.of()).get(m.code()));
        }
        put(
            byQuarter.computeIfAbsent(quarter, k -> new LinkedHashMap<>()),
            m,
            across(m, inQuarter));
      }
    }
    return new GroupFigures(
        scope,
        name,
        members.stream().map(s -> s.name() + " (" + s.provider() + ")").toList(),
        totals,
        byQuarter);
  }

  /** Services add up, except averages, which are averaged. */
  private static Long across(MetricDefinition m, List<Long> values) {
    return (m.aggregation() == Aggregation.AVERAGE ? Aggregation.AVERAGE : Aggregation.SUM)
        .of(values);
  }

  private static void put(Map<String, Long> into, MetricDefinition m, Long value) {
    if (value != null) {
      into.put(m.code(), value);
    }
  }

  private record Funding(Set<String> streams, String programme) {}

  /**
   * The streams and programme behind a service: its award's, or the awards funding its contract.
   */
  private Funding fundingOf(MonitoredService service, FinancialYear year) {
    List<String> awardIds =
        service.awardPublicId() != null
            ? List.of(service.awardPublicId())
            : contracts.get(service.contractPublicId()).lots().stream()
                .map(ContractLotView::awardPublicId)
                .filter(java.util.Objects::nonNull)
                .toList();
    Set<String> streams = new LinkedHashSet<>();
    String programme = null;
    for (String id : awardIds) {
      AwardView award = awards.get(id);
      award.lines().stream()
          .filter(l -> l.year().equals(year))
          .forEach(l -> streams.add(l.streamName()));
      if (programme == null && award.programme() != null) {
        programme = award.programme();
      }
    }
    if (streams.isEmpty()) {
      streams.add(NO_FUNDING);
    }
    return new Funding(streams, programme == null ? NO_FUNDING : programme);
  }
}
