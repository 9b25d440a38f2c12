package org.commissioninghub.audit;

import java.time.OffsetDateTime;

/** One audited change. */
public record AuditEntry(
    OffsetDateTime occurredAt,
    String actor,
    String action,
    String entityType,
    String entityId,
    String details) {}
