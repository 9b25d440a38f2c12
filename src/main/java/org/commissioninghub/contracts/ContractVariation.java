package org.commissioninghub.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One recorded variation of a contract: what changed from what to what, why, who and when. */
public record ContractVariation(
    long id,
    int number,
    VariationField field,
    String before,
    String after,
    String reason,
    LocalDate effectiveDate,
    String madeBy,
    OffsetDateTime recordedAt) {}
