package org.commissioninghub.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commissioninghub.contracts.ContractTerm;
import org.commissioninghub.contracts.ContractView;
import org.commissioninghub.crimereduction.CrimeReductionYear;
import org.commissioninghub.monitoring.GroupFigures;
import org.commissioninghub.monitoring.YearAggregates;
import org.commissioninghub.priorities.Alignment;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * The Annual Commissioning Report for a year (seeds/000): officers' words for each section around
 * figures that are all computed from the records.
 *
 * @param office who the report is for, e.g. "Kent Police and Crime Commissioner"
 * @param core the office's MoJ core grant streams (not ring-fenced)
 * @param matchFunding the PCC's own budget streams
 * @param additional ring-fenced funding the office secured, one line per purpose
 */
public record AnnualCommissioningReport(
    FinancialYear year,
    String office,
    Map<AnnualReportSection, Narrative> narrative,
    List<FundingPosition.StreamLine> core,
    List<FundingPosition.StreamLine> matchFunding,
    List<AdditionalFunding> additional,
    AwardsMatrix victimAwards,
    YearAggregates outcomes,
    List<ContractEntry> victimContracts,
    List<ContractEntry> otherContracts,
    List<StreamAwards> homeOffice,
    List<StreamAwards> crimePrevention,
    CrimeReductionYear crimeReduction,
    Alignment alignment) {

  public Narrative words(AnnualReportSection section) {
    return narrative.get(section);
  }

  /** Null when any part is not recorded, so a total is never understated. */
  public Money coreTotal() {
    return sum(core);
  }

  public Money matchFundingTotal() {
    return sum(matchFunding);
  }

  public Money additionalTotal() {
    return additional.stream().map(AdditionalFunding::amount).reduce(Money.ZERO, Money::plus);
  }

  /** The CRG projects' alignment to plan priorities, counted from their tags, for one group. */
  public List<Alignment.Line> alignment(String group) {
    return alignment.lines().stream().filter(l -> l.group().equals(group)).toList();
  }

  public GroupFigures victimServices() {
    return outcomes.allVictimServices();
  }

  private static Money sum(List<FundingPosition.StreamLine> lines) {
    Money total = Money.ZERO;
    for (FundingPosition.StreamLine line : lines) {
      if (line.received() == null) {
        return null;
      }
      total = total.plus(line.received());
    }
    return lines.isEmpty() ? null : total;
  }

  /**
   * One purpose of the additional funding: the victims grant's ring-fenced streams together, as the
   * report states them, or one other stream.
   */
  public record AdditionalFunding(
      String purpose, List<FundingPosition.StreamLine> streams, Money amount) {}

  /** A contract in force during the year, with its term and the year's results. */
  public record ContractEntry(
      ContractView contract, ContractTerm term, LocalDate endInForce, GroupFigures results) {

    public String suppliers() {
      return String.join(
          ", ", contract.lots().stream().map(l -> l.supplierName()).distinct().toList());
    }

    public Money value() {
      if (contract.totalValue() != null) {
        return contract.totalValue();
      }
      if (contract.annualValue() != null) {
        return contract.annualValue();
      }
      Money lots = contract.lotsTotal();
      return lots.isZero() ? null : lots;
    }

    public String valueBasis() {
      if (contract.totalValue() != null) {
        return "total";
      }
      return contract.annualValue() != null ? "a year" : "lots";
    }
  }

  /** A stream and what it funded this year, award by award. */
  public record StreamAwards(FundingPosition.StreamLine stream, List<AwardAmount> awards) {

    public Money awarded() {
      return awards.stream().map(AwardAmount::amount).reduce(Money.ZERO, Money::plus);
    }
  }

  public record AwardAmount(
      String awardPublicId, String title, String organisation, Money amount) {}
}
