package org.commissioninghub.monitoring;

/**
 * What an officer asks for when setting up a service's returns: an award, or a contract for one
 * financial year; the template (blank for the programme's, or the standard one); the specialism it
 * is counted under; and whether it counts in the victim-services totals (null: as it is).
 */
public record IssueCommand(
    String award,
    String contract,
    String year,
    String template,
    String specialism,
    Boolean victimService) {}
