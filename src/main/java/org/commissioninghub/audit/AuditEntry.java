package org.commissioninghub.audit;

import java.time.OffsetDateTime;

/** One audited event: who, when, what (entity and public id), and the fields that changed. */
public record AuditEntry(
    long id,
    OffsetDateTime occurredAt,
    String actor,
    String action,
    String entityType,
    String entityId,
    String details,
    String changes,
    String previousHash,
    String entryHash) {}
