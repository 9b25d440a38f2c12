package org.commissioninghub.funding;

/** Stream terms as typed; checked before they are stored. */
public record StreamTermsCommand(
    String ceasesOn, String reportedAs, boolean carryForwardAllowed, boolean unspentReturned) {}
