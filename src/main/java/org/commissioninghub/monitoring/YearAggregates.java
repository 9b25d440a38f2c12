package org.commissioninghub.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.shared.FinancialYear;

/**
 * A year's monitoring figures, added up from accepted returns only, by each way the office reports
 * them.
 *
 * @param returnsIssued every return the year's services owe
 * @param returnsAccepted those counted here
 * @param countedTwice services monitored both as a contract and as the award that funds it, whose
 *     figures are therefore in the totals twice
 * @param serviceOfRecord award or contract public id to the name of its service's group
 */
public record YearAggregates(
    FinancialYear year,
    List<MetricDefinition> measures,
    List<GroupFigures> groups,
    int returnsIssued,
    int returnsAccepted,
    List<String> countedTwice,
    Map<String, String> serviceOfRecord) {

  /**
   * The figures of the service monitored as this award or contract (its public id), or null when it
   * made no accepted return this year.
   */
  public GroupFigures forRecord(String publicId) {
    String name = serviceOfRecord.get(publicId);
    return name == null ? null : group(AggregateScope.SERVICE, name);
  }

  public GroupFigures allVictimServices() {
    return first(AggregateScope.ALL_VICTIM_SERVICES);
  }

  public GroupFigures allServices() {
    return first(AggregateScope.ALL_SERVICES);
  }

  public List<GroupFigures> of(AggregateScope scope) {
    return groups.stream().filter(g -> g.scope() == scope).toList();
  }

  public GroupFigures group(AggregateScope scope, String name) {
    return groups.stream()
        .filter(g -> g.scope() == scope && g.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  public MetricDefinition measure(String code) {
    return measures.stream().filter(m -> m.code().equals(code)).findFirst().orElse(null);
  }

  /** The measures of one section of the catalogue, like "Age" or "Referrals by district". */
  public List<MetricDefinition> section(String section) {
    return measures.stream().filter(m -> m.section().equals(section)).toList();
  }

  /** Measures some return reported this year, by section, in catalogue order. */
  public Map<String, List<MetricDefinition>> reportedSections() {
    Map<String, List<MetricDefinition>> sections = new LinkedHashMap<>();
    GroupFigures all = allServices();
    for (MetricDefinition m : measures) {
      if (all != null && all.value(m.code()) != null) {
        sections.computeIfAbsent(m.section(), k -> new java.util.ArrayList<>()).add(m);
      }
    }
    return sections;
  }

  private GroupFigures first(AggregateScope scope) {
    return groups.stream().filter(g -> g.scope() == scope).findFirst().orElse(null);
  }
}
