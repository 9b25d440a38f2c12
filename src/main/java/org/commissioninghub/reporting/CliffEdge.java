package org.commissioninghub.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * What falls off when funding ceases: every stream whose funder's commitment ends on or before a
 * date, grouped by the funding line it is reported under, with each award, contract and service it
 * pays for and the amounts at risk in each year.
 */
public record CliffEdge(LocalDate date, List<FundingLine> lines) {

  /** A funding line (e.g. "Domestic abuse and sexual violence victim support services"). */
  public record FundingLine(String name, List<Stream> streams, List<Dependant> dependants) {

    public Money received() {
      return streams.stream()
          .map(Stream::received)
          .filter(m -> m != null)
          .reduce(Money.ZERO, Money::plus);
    }

    public Money atRisk() {
      return dependants.stream().map(Dependant::amount).reduce(Money.ZERO, Money::plus);
    }

    /** Amounts at risk in each financial year, earliest first. */
    public Map<FinancialYear, Money> atRiskByYear() {
      Map<FinancialYear, Money> years = new TreeMap<>();
      dependants.forEach(d -> years.merge(d.year(), d.amount(), Money::plus));
      return years;
    }

    public LocalDate ceasesOn() {
      return streams.stream().map(Stream::ceasesOn).max(LocalDate::compareTo).orElse(null);
    }
  }

  /** One stream in one financial year. */
  public record Stream(
      String publicId,
      String name,
      String sourceName,
      FinancialYear year,
      Money received,
      LocalDate ceasesOn) {}

  /**
   * One award line paid from a ceasing stream: the recipient, the award and, where the award pays
   * for a contract lot, the contract.
   */
  public record Dependant(
      String organisationPublicId,
      String organisationName,
      String awardPublicId,
      String awardTitle,
      String contractPublicId,
      String contractTitle,
      String streamName,
      FinancialYear year,
      Money amount) {

    public String service() {
      return contractTitle != null ? contractTitle : awardTitle;
    }
  }

  public Money totalReceived() {
    return lines.stream().map(FundingLine::received).reduce(Money.ZERO, Money::plus);
  }

  public Money totalAtRisk() {
    return lines.stream().map(FundingLine::atRisk).reduce(Money.ZERO, Money::plus);
  }

  /** Organisations that lose money, with what they lose in total, largest first. */
  public List<Map.Entry<String, Money>> byOrganisation() {
    Map<String, Money> totals = new LinkedHashMap<>();
    lines.forEach(
        l ->
            l.dependants()
                .forEach(d -> totals.merge(d.organisationName(), d.amount(), Money::plus)));
    List<Map.Entry<String, Money>> sorted = new ArrayList<>(totals.entrySet());
    sorted.sort((a, b) -> Long.compare(b.getValue().pence(), a.getValue().pence()));
    return sorted;
  }

  /** The share of the largest line's amount at risk, for bars drawn to scale (0–100). */
  public long barPercent(FundingLine line) {
    long max = lines.stream().mapToLong(l -> l.atRisk().pence()).max().orElse(0);
    return max == 0 ? 0 : line.atRisk().pence() * 100 / max;
  }
}
