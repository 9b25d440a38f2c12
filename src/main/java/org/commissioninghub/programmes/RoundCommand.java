package org.commissioninghub.programmes;

/**
 * A round as typed or imported. Opening and closing are UK local date-times like
 * "2018-09-11T17:00"; the budget is text as typed.
 *
 * @param opensAfterRound the public id of a round whose applications must all be decided before
 *     this one takes applications (a CSP's tactical pot after its upfront projects)
 */
public record RoundCommand(
    String publicId,
    String programme,
    String name,
    String referencePrefix,
    String opens,
    String closes,
    String budget,
    String firstYear,
    String advert,
    String opensAfterRound) {}
