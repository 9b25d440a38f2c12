package org.commissioninghub.awards;

import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/** An award line whose stream exists, whose year is the stream's year and whose amount is exact. */
record ValidLine(
    FundingStreamView stream, FinancialYear year, String category, Money amount, String posts) {}
