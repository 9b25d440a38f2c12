package org.commissioninghub.priorities;

import static org.commissioninghub.priorities.Inputs.blank;

import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Problems;

/** An issue a district CSP's strategic assessment found, as typed or imported. */
public record AssessmentRequest(
    String year, String csp, String issue, String namedAs, boolean illustrative) {

  /** The issue as domain types, or every problem with its shape at once (PRIORITIES-3). */
  public AssessmentCommand toCommand() {
    Problems problems = new Problems();
    FinancialYear fy = problems.parse("year", year, FinancialYear::parse);
    problems.required("csp", csp, "Choose the organisation");
    String text = problems.text("issue", issue, "Enter the issue the assessment found", 300);
    NamedAs naming =
        blank(namedAs)
            ? null
            : problems.parse(
                "namedAs", namedAs, t -> Codes.parse(NamedAs.class, t, "way of naming an issue"));
    if (blank(namedAs)) {
      problems.add(
          "namedAs",
          "Say whether it is a main priority, a cross-cutting theme or part of a broader theme");
    }
    problems.throwIfAny("PRIORITIES-3");
    return new AssessmentCommand(fy, csp.strip(), text, naming, illustrative);
  }
}
