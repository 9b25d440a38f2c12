package org.commissioninghub.audit;

import java.time.Instant;

/** An audit entry recorded but not yet written: it is sealed into the chain at commit. */
record PendingEntry(
    Instant occurredAt,
    String actor,
    String action,
    String entityType,
    String entityId,
    String details,
    String changes) {}
