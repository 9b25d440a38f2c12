package org.commissioninghub.crimereduction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * A year of the Crime Reduction Grant as the annual report states it: what the CSPs were allocated
 * and what went directly to third parties, how many projects each delivered, and the shares of
 * those projects by theme, each with its denominator. Shares by plan priority are counted from the
 * projects' priority tags, in the priorities feature.
 */
public record CrimeReductionYear(
    FinancialYear year,
    int partnerships,
    Money allocatedToPartnerships,
    Money allocatedToThirdParties,
    List<ProjectView> projects) {

  public List<ProjectView> partnershipProjects() {
    return projects.stream().filter(ProjectView::deliveredByPartnership).toList();
  }

  public List<ProjectView> thirdPartyProjects() {
    return projects.stream().filter(p -> !p.deliveredByPartnership()).toList();
  }

  public Money allocated() {
    return allocatedToPartnerships.plus(allocatedToThirdParties);
  }

  public long illustrativeProjects() {
    return projects.stream().filter(ProjectView::illustrative).count();
  }

  public List<Share> partnershipThemes() {
    return shares(partnershipProjects(), ProjectView::theme);
  }

  public List<Share> thirdPartyThemes() {
    return shares(thirdPartyProjects(), ProjectView::theme);
  }

  /** Largest first by number of projects, then by value. */
  static List<Share> shares(List<ProjectView> projects, Function<ProjectView, String> label) {
    Money total = projects.stream().map(ProjectView::amount).reduce(Money.ZERO, Money::plus);
    Map<String, long[]> tally = new LinkedHashMap<>();
    for (ProjectView p : projects) {
      long[] t = tally.computeIfAbsent(label.apply(p), k -> new long[2]);
      t[0]++;
      t[1] += p.amount().pence();
    }
    List<Share> shares = new ArrayList<>();
    tally.forEach(
        (name, t) ->
            shares.add(new Share(name, (int) t[0], projects.size(), Money.ofPence(t[1]), total)));
    shares.sort(
        Comparator.comparingInt(Share::projects)
            .thenComparing(Share::value)
            .reversed()
            .thenComparing(Share::label));
    return shares;
  }

  /**
   * One priority's or theme's part of a group of projects, as a share of the number of projects and
   * as a share of their value: the report says which it states.
   */
  public record Share(String label, int projects, int ofProjects, Money value, Money ofValue) {

    public int percentOfProjects() {
      return percent(projects, ofProjects);
    }

    public int percentOfValue() {
      return percent(value.pence(), ofValue.pence());
    }

    private static int percent(long part, long whole) {
      if (whole == 0) {
        return 0;
      }
      return BigDecimal.valueOf(part * 100)
          .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
          .intValue();
    }
  }
}
