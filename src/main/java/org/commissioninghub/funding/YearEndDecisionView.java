package org.commissioninghub.funding;

import java.time.LocalDate;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/** A recorded year-end decision on a budget line or a funding stream. */
public record YearEndDecisionView(
    long id,
    FinancialYear year,
    String budgetLinePublicId,
    String streamPublicId,
    String subjectName,
    YearEndOutcome outcome,
    Money amount,
    String toStreamPublicId,
    String reasons,
    String decidedBy,
    LocalDate decidedOn) {}
