package org.commissioninghub.funding;

import java.time.LocalDate;

/**
 * The terms of a stream that matter at year end and at the cliff edge.
 *
 * @param ceasesOn the last day the funder has committed to; null while it is expected to continue
 * @param reportedAs the funding line the stream is reported under (e.g. several MoJ ISVA/IDVA and
 *     DA/SV streams make up "Domestic abuse and sexual violence victim support services")
 * @param carryForwardAllowed whether money unspent at year end may be carried to next year
 * @param unspentReturned whether money unspent at year end must go back to the funder
 */
public record StreamTerms(
    LocalDate ceasesOn, String reportedAs, boolean carryForwardAllowed, boolean unspentReturned) {}
