package org.commissioninghub.awards;

import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * One line of an award, read and typed ({@link AwardLineRequest#toCommand()}).
 *
 * @param stream the funding stream's public id
 * @param year the financial year paid for, or null for the stream's own year
 * @param category "" when none
 */
public record AwardLineCommand(
    String stream, FinancialYear year, String category, Money amount, String posts) {}
