package org.commissioninghub.priorities;

import org.commissioninghub.shared.FinancialYear;

/** An issue for the horizon scan whose shape is checked; a blank note is null. */
public record NewHorizonItem(FinancialYear year, Pestelo category, String title, String note) {}
