package org.commissioninghub.payments;

import java.time.OffsetDateTime;

/** A finance-system file imported: its rows, the payments it added and who imported it. */
public record ImportView(
    long id,
    String fileName,
    int rowsInFile,
    int rowsAdded,
    int scheduledMatched,
    String importedBy,
    OffsetDateTime importedAt) {}
