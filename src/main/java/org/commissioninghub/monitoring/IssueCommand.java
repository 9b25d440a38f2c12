package org.commissioninghub.monitoring;

import org.commissioninghub.shared.FinancialYear;

/**
 * Set up a service's returns: an award (its public id), or a contract (its public id) for one
 * financial year; the template code (blank for the programme's, or the standard one); the
 * specialism it is counted under (null: as it is); and whether it counts in the victim-services
 * totals (null: as it is). Exactly one of award and contract is given; a contract has its year.
 */
public record IssueCommand(
    String award,
    String contract,
    FinancialYear year,
    String template,
    ServiceSpecialism specialism,
    Boolean victimService) {

  public IssueCommand {
    if ((award == null) == (contract == null) || (contract != null && year == null)) {
      throw new IllegalArgumentException("an award, or a contract with its year");
    }
  }
}
