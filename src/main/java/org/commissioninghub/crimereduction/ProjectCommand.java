package org.commissioninghub.crimereduction;

import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * A Crime Reduction Grant project, read ({@link ProjectRequest#toCommand()}); {@link
 * CrimeReductionGrants#recordProject} checks the organisations and what the allocation has left.
 *
 * @param csp the partnership's public id, or null for a project the PCC funds directly
 * @param organisation the public id of who delivers it
 * @param planPriority one of {@link CrimeReductionGrants#PLAN_PRIORITIES}
 */
public record ProjectCommand(
    FinancialYear year,
    String csp,
    String organisation,
    String title,
    Money amount,
    String planPriority,
    String theme,
    boolean illustrative) {}
