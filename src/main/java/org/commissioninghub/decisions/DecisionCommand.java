package org.commissioninghub.decisions;

import java.util.List;

/**
 * One step's decision as typed.
 *
 * @param step the id of the approval step being decided
 * @param outcome APPROVE, APPROVE_REDUCED, REJECT or DEFER
 * @param amounts for a reduced amount, the amount for each year of the bid, first year first
 */
public record DecisionCommand(
    Long step, String outcome, List<String> amounts, String conditions, String reasons) {}
