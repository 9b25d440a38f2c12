package org.commissioninghub.monitoring;

import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Problems;

/**
 * Setting up a service's returns as typed on the board and sent as the API's JSON body: an award's
 * id, or a contract's id with the financial year; the template (blank: the programme's or the
 * standard); the specialism; whether it counts as a victim service (null: as it is, or yes).
 */
public record IssueRequest(
    String award,
    String contract,
    String year,
    String template,
    String specialism,
    Boolean victimService) {

  /** An empty form: a new service counts as a victim service unless unticked. */
  static IssueRequest blank() {
    return new IssueRequest(null, null, null, null, null, true);
  }

  /** Checks the shape, naming every field at fault. */
  public IssueCommand toCommand() {
    Problems problems = new Problems();
    String awardId = ReturnCommands.blankToNull(award);
    String contractId = ReturnCommands.blankToNull(contract);
    if ((awardId == null) == (contractId == null)) {
      problems.add(
          awardId == null ? "award" : "contract",
          "Enter either an award's id or a contract's id, not "
              + (awardId == null ? "neither" : "both"));
    }
    ServiceSpecialism kind = null;
    if (ReturnCommands.blankToNull(specialism) != null) {
      try {
        kind = ServiceSpecialism.valueOf(specialism.strip());
      } catch (IllegalArgumentException e) {
        problems.add("specialism", "Choose what the service specialises in");
      }
    }
    FinancialYear financialYear = null;
    if (contractId != null) {
      try {
        String text = ReturnCommands.blankToNull(year);
        financialYear = FinancialYear.parse(text == null ? "" : text);
      } catch (IllegalArgumentException e) {
        problems.add("year", "Enter the financial year of the contract's returns, like 2025/26");
      }
    }
    problems.throwIfAny("MONITORING-1");
    return new IssueCommand(awardId, contractId, financialYear, template, kind, victimService);
  }
}
