package org.commissioninghub.payments;

/**
 * What an import did: rows in the file, payments added, scheduled payments marked paid, and rows
 * already imported before (the same finance reference, date and amount), which change nothing.
 */
public record ImportResult(
    Long importId,
    String fileName,
    int rowsInFile,
    int added,
    int scheduledMatched,
    int alreadyImported,
    boolean sameFileAsBefore) {}
