package org.commissioninghub.funding;

/**
 * A year-end decision as typed: on a budget line (its public id) or on a funding stream, what is
 * done with how much, why, and on which day it was decided.
 */
public record YearEndCommand(
    String budgetLine,
    String stream,
    String outcome,
    String amount,
    String toStream,
    String reasons,
    String decidedOn) {}
