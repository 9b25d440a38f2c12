package org.commissioninghub.programmes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commissioninghub.organisations.OrganisationType;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.Money;

/**
 * A fund's rules for what may be asked of it: e.g. the Safer in Kent Fund (up to £10,000, one year)
 * or the Violence Reduction Fund (up to £35,000 a year for up to three years).
 *
 * @param maxPerYear the most one bid may ask for in any one year
 * @param maxYears how many consecutive years one bid may cover
 * @param eligibleTypes the kinds of organisation that may apply; empty means any
 */
public record Programme(
    String name, Money maxPerYear, int maxYears, Set<OrganisationType> eligibleTypes) {

  public Programme {
    if (maxPerYear == null || !maxPerYear.isPositive()) {
      throw new IllegalArgumentException("A programme's maximum per year must be more than £0.00");
    }
    if (maxYears < 1) {
      throw new IllegalArgumentException("A programme must allow at least one year");
    }
    eligibleTypes = Set.copyOf(eligibleTypes);
  }

  /**
   * Every way a bid breaks this programme's rules, each naming the field (the applicant type, or
   * the year's amount), so an applicant can put it right. Empty when the bid may be made.
   *
   * @param amountsPerYear the amount asked for in each year of the bid, first year first
   */
  public List<FieldProblem> checkBid(OrganisationType applicantType, List<Money> amountsPerYear) {
    List<FieldProblem> problems = new ArrayList<>();
    if (applicantType != null
        && !eligibleTypes.isEmpty()
        && !eligibleTypes.contains(applicantType)) {
      problems.add(
          new FieldProblem(
              "applicantType",
              "Not eligible because " + name + " is open only to " + describe(eligibleTypes)));
    }
    if (amountsPerYear.isEmpty()) {
      problems.add(
          new FieldProblem("amounts[0]", "Say how much you are asking for in the first year"));
    }
    if (amountsPerYear.size() > maxYears) {
      problems.add(
          new FieldProblem(
              "amounts",
              name
                  + " funds at most "
                  + maxYears
                  + (maxYears == 1 ? " year" : " years")
                  + ", not "
                  + amountsPerYear.size()));
    }
    for (int i = 0; i < amountsPerYear.size(); i++) {
      Money amount = amountsPerYear.get(i);
      if (amount == null || !amount.isPositive()) {
        problems.add(
            new FieldProblem(
                "amounts[" + i + "]", "Year " + (i + 1) + ": enter an amount more than £0.00"));
      } else if (amount.isGreaterThan(maxPerYear)) {
        problems.add(
            new FieldProblem(
                "amounts[" + i + "]",
                "Year "
                    + (i + 1)
                    + ": "
                    + amount.format()
                    + " is more than the most "
                    + name
                    + " gives in a year, "
                    + maxPerYear.format()));
      }
    }
    return problems;
  }

  /** Why an organisation of this type may not apply, or null when it may. */
  public String whyNotEligible(OrganisationType applicantType) {
    return eligibleTypes.isEmpty() || eligibleTypes.contains(applicantType)
        ? null
        : "Not eligible because " + name + " is open only to " + describe(eligibleTypes);
  }

  private static String describe(Set<OrganisationType> types) {
    return String.join(
        ", ",
        types.stream().map(t -> t.label().toLowerCase(java.util.Locale.UK)).sorted().toList());
  }
}
