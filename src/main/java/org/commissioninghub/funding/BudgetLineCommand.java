package org.commissioninghub.funding;

/** A budget line as typed or imported; amounts as text (e.g. "£1,345,000"). */
public record BudgetLineCommand(
    String publicId,
    String year,
    String name,
    String budget,
    String outturn,
    String outturnSource) {}
