package org.commissioninghub.organisations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FieldProblem;

/**
 * What an organisation keeps once and every application reuses: its registered numbers, address and
 * the policies it holds.
 */
public record OrganisationProfile(OrganisationView organisation, List<PolicyView> policies) {

  public Optional<PolicyView> policy(PolicyKind kind) {
    return policies.stream().filter(p -> p.kind() == kind).findFirst();
  }

  /**
   * Each required policy the profile lacks or has not reviewed in the twelve months before {@code
   * day}, as a problem on the field {@code policies.<KIND>}.
   */
  public List<FieldProblem> lacking(Collection<PolicyKind> required, LocalDate day) {
    List<FieldProblem> problems = new ArrayList<>();
    for (PolicyKind kind : required) {
      Optional<PolicyView> held = policy(kind);
      String field = "policies." + kind.name();
      if (held.isEmpty()) {
        problems.add(
            new FieldProblem(
                field,
                organisation.name()
                    + "'s profile has no "
                    + kind.label().toLowerCase(java.util.Locale.UK)
                    + " policy: add it to the organisation profile"));
      } else if (!held.get().isCurrentOn(day)) {
        problems.add(
            new FieldProblem(
                field,
                "The "
                    + kind.label().toLowerCase(java.util.Locale.UK)
                    + " policy was last reviewed on "
                    + Dates.format(held.get().reviewedOn())
                    + ": it must have been reviewed since "
                    + Dates.format(day.minusMonths(PolicyView.CURRENT_FOR_MONTHS))));
      }
    }
    return problems;
  }
}
