package org.commissioninghub.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.Role;
import org.commissioninghub.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * An auditor's work: verifying the audit trail at least once a week. The verification is due seven
 * days after the last one recorded as intact, and waits at once when none has been recorded.
 */
@Component
class AuditWork implements WorkWaiting {

  /** The action recorded when a verification found the trail intact. */
  static final String VERIFIED = "audit.verified";

  static final int VERIFY_EVERY_DAYS = 7;

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final AuditEventRepository events;

  AuditWork(AuditEventRepository events) {
    this.events = events;
  }

  @Override
  public List<Work> of(Actor actor, LocalDate today) {
    if (!actor.has(Role.AUDITOR)) {
      return List.of();
    }
    Optional<OffsetDateTime> last = events.lastAt(VERIFIED);
    if (last.isEmpty()) {
      return List.of(
          Work.of("Audit", "audit trail verification to run (none recorded)", 1, "/audit/verify"));
    }
    LocalDate due = last.get().atZoneSameInstant(UK).toLocalDate().plusDays(VERIFY_EVERY_DAYS);
    if (due.isAfter(today)) {
      return List.of();
    }
    return List.of(
        Work.due("Audit", "audit trail verification to run", 1, "/audit/verify", due, today));
  }
}
