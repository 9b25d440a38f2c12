package org.commissioninghub.awards;

import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/** The part of an award paid from one funding stream in one financial year. */
public record AwardLineView(
    long id,
    String streamPublicId,
    String streamName,
    FinancialYear year,
    String category,
    Money amount,
    String posts) {}
