package org.commissioninghub.funding;

import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * A budget line, read and typed ({@link BudgetLineRequest#toCommand()}).
 *
 * @param publicId the id asked for, or null to make one from the name and year
 * @param outturn the year's spend, or null while not known
 * @param outturnSource where the spend figure comes from, or null
 */
public record BudgetLineCommand(
    String publicId,
    FinancialYear year,
    String name,
    Money budget,
    Money outturn,
    String outturnSource) {}
