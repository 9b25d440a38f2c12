package org.commissioninghub.crimereduction;

import org.commissioninghub.shared.FinancialYear;

/**
 * Published when a funded project is recorded, in the same transaction, so the priorities feature
 * can tag it with the plan priority it was recorded against.
 */
public record ProjectRecorded(
    long projectId, FinancialYear year, String planPriority, String recordedBy) {}
