package org.commissioninghub.audit;

import java.time.LocalDate;

/** What an auditor searches the trail by; null means any. Dates are inclusive. */
public record AuditQuery(
    String actor, String entityType, String entityId, LocalDate from, LocalDate to) {}
