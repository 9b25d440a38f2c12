package org.commissioninghub.awards;

/** One line of an award: which stream, which year, how much. Amount is the text as typed. */
public record AwardLineCommand(
    String stream, String year, String category, String amount, String posts) {}
