package org.commissioninghub.priorities;

import java.time.LocalDate;
import org.commissioninghub.shared.FinancialYear;

/**
 * An action whose shape is checked ({@link ActionRequest#toCommand()}); {@link ActionPlans} checks
 * the plan is an agreement that has the priority.
 *
 * @param plan the agreement's public id
 */
public record ActionCommand(
    String plan,
    String priority,
    FinancialYear year,
    String title,
    String owner,
    String partners,
    LocalDate targetDate,
    ActionStatus status,
    String yearEndSummary) {}
