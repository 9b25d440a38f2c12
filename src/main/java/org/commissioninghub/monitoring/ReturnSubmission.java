package org.commissioninghub.monitoring;

import java.time.OffsetDateTime;
import java.util.Map;

/** A certified version of a return, kept as certified, with the commissioner's decision on it. */
public record ReturnSubmission(
    long id,
    int number,
    String narrative,
    String preparedBy,
    String certifiedBy,
    OffsetDateTime certifiedAt,
    String outcome,
    String reviewedBy,
    OffsetDateTime reviewedAt,
    String comment,
    Map<String, Long> values) {}
