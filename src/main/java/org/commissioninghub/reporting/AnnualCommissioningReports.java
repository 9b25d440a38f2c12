package org.commissioninghub.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.commissioninghub.contracts.ContractLifecycle;
import org.commissioninghub.contracts.ContractTerm;
import org.commissioninghub.contracts.ContractView;
import org.commissioninghub.contracts.Contracts;
import org.commissioninghub.crimereduction.CrimeReductionGrants;
import org.commissioninghub.monitoring.GroupFigures;
import org.commissioninghub.monitoring.MonitoringAggregates;
import org.commissioninghub.monitoring.YearAggregates;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.priorities.PriorityTags;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts the annual report together from the funding, awards, contracts and monitoring records. */
@Service
public class AnnualCommissioningReports {

  /** The stream group of the MoJ victims grant, whose ring-fenced parts the report adds up. */
  static final String VICTIM_SERVICES = "victim-services";

  private static final String HOME_OFFICE = "home-office";

  private final FundingPositionQuery funding;
  private final AwardsMatrixQuery matrix;
  private final MonitoringAggregates monitoring;
  private final Contracts contracts;
  private final ContractLifecycle lifecycle;
  private final CrimeReductionGrants crimeReduction;
  private final PriorityTags tags;
  private final ReportNarratives narratives;
  private final Organisations organisations;
  private final StreamAwardsQuery streamAwards;
  private final String officeId;
  private final String officeName;

  AnnualCommissioningReports(
      FundingPositionQuery funding,
      AwardsMatrixQuery matrix,
      MonitoringAggregates monitoring,
      Contracts contracts,
      ContractLifecycle lifecycle,
      CrimeReductionGrants crimeReduction,
      PriorityTags tags,
      ReportNarratives narratives,
      Organisations organisations,
      StreamAwardsQuery streamAwards,
      @Value("${commissioning.reports.office:opcc-kent}") String officeId,
      @Value("${commissioning.reports.office-name:Police and Crime Commissioner}")
          String officeName) {
    this.funding = funding;
    this.matrix = matrix;
    this.monitoring = monitoring;
    this.contracts = contracts;
    this.lifecycle = lifecycle;
    this.crimeReduction = crimeReduction;
    this.tags = tags;
    this.narratives = narratives;
    this.organisations = organisations;
    this.streamAwards = streamAwards;
    this.officeId = officeId;
    this.officeName = officeName;
  }

  @Transactional(readOnly = true)
  public AnnualCommissioningReport of(FinancialYear year) {
    long office = organisations.get(officeId).id();
    List<FundingPosition.StreamLine> streams = funding.position(year, office).streams();
    YearAggregates outcomes = monitoring.of(year);
    List<AnnualCommissioningReport.ContractEntry> victims = new ArrayList<>();
    List<AnnualCommissioningReport.ContractEntry> others = new ArrayList<>();
    for (ContractView contract : contracts.list()) {
      AnnualCommissioningReport.ContractEntry entry = entry(contract, year, outcomes);
      if (entry != null) {
        (contract.victimService() ? victims : others).add(entry);
      }
    }
    return new AnnualCommissioningReport(
        year,
        officeName,
        narratives.latest(year),
        streams.stream().filter(s -> !s.ringfenced() && VICTIM_SERVICES.equals(s.group())).toList(),
        streams.stream().filter(s -> "pcc-budget".equals(s.group())).toList(),
        additional(streams),
        matrix.matrix(year, VICTIM_SERVICES, office),
        outcomes,
        victims,
        others,
        streamAwards(year, streams.stream().filter(s -> HOME_OFFICE.equals(s.group())).toList()),
        streamAwards(
            year,
            streams.stream()
                .filter(s -> !HOME_OFFICE.equals(s.group()) && !VICTIM_SERVICES.equals(s.group()))
                .toList()),
        crimeReduction.year(year),
        tags.alignment(year));
  }

  /**
   * Ring-fenced money the office holds beyond its core grant: the victims grant's ring-fenced
   * streams as one line (the report's "to increase the provision of domestic abuse and sexual
   * violence victim support services"), every other ring-fenced stream as its own.
   */
  static List<AnnualCommissioningReport.AdditionalFunding> additional(
      List<FundingPosition.StreamLine> streams) {
    Map<String, List<FundingPosition.StreamLine>> byPurpose = new LinkedHashMap<>();
    for (FundingPosition.StreamLine s : streams) {
      if (s.ringfenced() && s.received() != null) {
        String purpose =
            VICTIM_SERVICES.equals(s.group())
                ? "Domestic abuse and sexual violence victim support services (ring-fenced MoJ"
                    + " victims funding)"
                : s.name() + " (" + s.sourceName() + ")";
        byPurpose.computeIfAbsent(purpose, k -> new ArrayList<>()).add(s);
      }
    }
    List<AnnualCommissioningReport.AdditionalFunding> lines = new ArrayList<>();
    byPurpose.forEach(
        (purpose, parts) ->
            lines.add(
                new AnnualCommissioningReport.AdditionalFunding(
                    purpose,
                    parts,
                    parts.stream()
                        .map(FundingPosition.StreamLine::received)
                        .reduce(Money.ZERO, Money::plus))));
    return lines;
  }

  /** In force at some point in the year: started by its end, not ended before its start. */
  private AnnualCommissioningReport.ContractEntry entry(
      ContractView contract, FinancialYear year, YearAggregates outcomes) {
    if (contract.startDate() != null && contract.startDate().isAfter(year.end())) {
      return null;
    }
    ContractTerm term = lifecycle.term(contract.publicId());
    LocalDate end = contract.endedOn() != null ? contract.endedOn() : term.currentEnd();
    if (end != null && end.isBefore(year.start())) {
      return null;
    }
    GroupFigures results = outcomes.forRecord(contract.publicId());
    if (results == null) {
      results =
          contract.lots().stream()
              .map(l -> l.awardPublicId())
              .filter(Objects::nonNull)
              .map(outcomes::forRecord)
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(null);
    }
    return new AnnualCommissioningReport.ContractEntry(contract, term, end, results);
  }

  private List<AnnualCommissioningReport.StreamAwards> streamAwards(
      FinancialYear year, List<FundingPosition.StreamLine> streams) {
    List<AnnualCommissioningReport.StreamAwards> out = new ArrayList<>();
    for (FundingPosition.StreamLine stream : streams) {
      List<AnnualCommissioningReport.AwardAmount> awards = streamAwards.of(stream.publicId(), year);
      out.add(new AnnualCommissioningReport.StreamAwards(stream, awards));
    }
    return out;
  }
}
