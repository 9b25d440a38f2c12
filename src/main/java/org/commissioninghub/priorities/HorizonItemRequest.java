package org.commissioninghub.priorities;

import static org.commissioninghub.priorities.Inputs.blank;
import static org.commissioninghub.priorities.Inputs.trim;

import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Problems;

/** An issue for a year's horizon scan, as typed or imported. */
public record HorizonItemRequest(String year, String category, String title, String note) {

  /** The issue as domain types, or every problem with its shape at once (HORIZON-1). */
  public NewHorizonItem toCommand() {
    Problems problems = new Problems();
    FinancialYear fy = problems.parse("year", year, FinancialYear::parse);
    Pestelo heading =
        blank(category)
            ? null
            : problems.parse(
                "category", category, t -> Codes.parse(Pestelo.class, t, "PESTELO heading"));
    if (blank(category)) {
      problems.add("category", "Choose the PESTELO heading");
    }
    String text = problems.text("title", title, "Enter the issue", 300);
    problems.throwIfAny("HORIZON-1");
    return new NewHorizonItem(fy, heading, text, trim(note));
  }
}
