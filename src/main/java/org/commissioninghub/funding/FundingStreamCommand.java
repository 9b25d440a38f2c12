package org.commissioninghub.funding;

/** A funding stream as typed by a user or read from a file; checked before it is stored. */
public record FundingStreamCommand(
    String publicId,
    String source,
    String holder,
    String name,
    String shortName,
    String year,
    String amount,
    boolean ringfenced,
    String ringfencePurpose,
    String allowedUses,
    String startDate,
    String endDate,
    String matchFunding,
    String group,
    Integer displayOrder,
    String notes) {}
