package org.commissioninghub.priorities;

/** An action of a CSA priority for a year, as typed or imported. */
public record ActionCommand(
    String plan,
    String priority,
    String year,
    String title,
    String owner,
    String partners,
    String targetDate,
    String status,
    String yearEndSummary) {}
