package org.commissioninghub.funding;

import java.time.LocalDate;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/** One allocation of money to the PCC for one financial year, with its conditions. */
public record FundingStreamView(
    long id,
    String publicId,
    String sourcePublicId,
    String sourceName,
    FundingBody body,
    Long holderOrganisationId,
    String name,
    String shortName,
    FinancialYear year,
    Money amount,
    boolean ringfenced,
    String ringfencePurpose,
    String allowedUses,
    LocalDate startDate,
    LocalDate endDate,
    Money matchFunding,
    String group,
    int displayOrder,
    String notes,
    int version) {}
