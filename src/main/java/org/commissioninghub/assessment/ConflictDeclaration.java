package org.commissioninghub.assessment;

import java.time.OffsetDateTime;

/** One line of the conflicts register: what an assessor declared about one application. */
public record ConflictDeclaration(
    String assessor,
    String reference,
    String organisationName,
    boolean hasConflict,
    String nature,
    OffsetDateTime declaredAt) {}
