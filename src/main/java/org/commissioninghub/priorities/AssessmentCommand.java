package org.commissioninghub.priorities;

import org.commissioninghub.shared.FinancialYear;

/**
 * An assessment's issue whose shape is checked ({@link AssessmentRequest#toCommand()}).
 *
 * @param csp the partnership's public id
 */
public record AssessmentCommand(
    FinancialYear year, String csp, String issue, NamedAs namedAs, boolean illustrative) {}
