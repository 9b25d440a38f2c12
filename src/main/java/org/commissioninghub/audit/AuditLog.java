package org.commissioninghub.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The append-only record of who changed what, when. Written in the same transaction as the change,
 * so a change without its entry cannot be committed. Each entry carries the seal (HMAC) of its
 * content and of the entry before it; {@link #verify()} walks the chain and reports any entry
 * changed or removed since. There is deliberately no method that updates or deletes an entry, and
 * the database refuses both.
 *
 * <p>Entries recorded in a transaction are held until just before it commits and then sealed onto
 * the chain ({@link AuditBuffer}): the chain head is locked only for those inserts and the commit,
 * so audited writes do not queue behind the slowest transaction that has recorded something.
 */
@Service
public class AuditLog {

  private final AuditEventRepository events;
  private final Clock clock;
  private final AuditAppender appender;
  private final AuditVerifier verifier;

  AuditLog(
      AuditEventRepository events, Clock clock, AuditAppender appender, AuditVerifier verifier) {
    this.events = events;
    this.clock = clock;
    this.appender = appender;
    this.verifier = verifier;
  }

  /** Records an event by the signed-in user (or "system"). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String action, String entityType, String entityId, String details) {
    atCommit(entry(currentActor(), action, entityType, entityId, details, null));
  }

  /** Records a change with the before and after values of the fields that changed. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordChange(
      String action, String entityType, String entityId, Object before, Object after) {
    atCommit(
        entry(currentActor(), action, entityType, entityId, null, Changes.between(before, after)));
  }

  /** Records an event for a named actor, e.g. a failed sign-in, in a transaction of its own. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordFor(
      String actor, String action, String entityType, String entityId, String details) {
    appender.append(List.of(entry(actor, action, entityType, entityId, details, null)));
  }

  /** Records that the signed-in user downloaded a file, e.g. a report as CSV. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordExport(String fileName, String details) {
    appender.append(List.of(entry(currentActor(), "exported", "file", fileName, details, null)));
  }

  private void atCommit(PendingEntry entry) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      AuditBuffer.current(appender).add(entry);
    } else {
      appender.append(List.of(entry));
    }
  }

  /** A transaction that reads the trail sees the entries it has recorded itself. */
  private static void seeOwnEntries() {
    AuditBuffer pending = AuditBuffer.ifPending();
    if (pending != null) {
      pending.writePending();
    }
  }

  private PendingEntry entry(
      String actor,
      String action,
      String entityType,
      String entityId,
      String details,
      String changes) {
    return new PendingEntry(
        OffsetDateTime.now(clock).toInstant().truncatedTo(ChronoUnit.MICROS),
        cut(actor == null || actor.isBlank() ? "unknown" : actor, 60),
        action,
        entityType,
        entityId,
        cut(details, 4000),
        cut(changes, 4000));
  }

  @Transactional(readOnly = true)
  public List<AuditEntry> forEntity(String entityType, String entityId) {
    return search(new AuditQuery(null, entityType, entityId, null, null), 500);
  }

  /** Entries matching every given criterion, newest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> search(AuditQuery query, int limit) {
    List<AuditEntry> found = new ArrayList<>();
    each(query, "DESC", limit, found::add);
    return found;
  }

  /** Streams every matching entry, oldest first, for export. */
  @Transactional(readOnly = true)
  public void export(AuditQuery query, Consumer<AuditEntry> sink) {
    each(query, "ASC", Integer.MAX_VALUE, sink);
  }

  private void each(AuditQuery query, String order, int limit, Consumer<AuditEntry> sink) {
    seeOwnEntries();
    events.each(query, order, limit, clock.getZone(), sink);
  }

  /**
   * How many times an action happened to a record since a moment, counting only events after the
   * latest {@code resetAction} (e.g. failed sign-ins since the last successful one).
   */
  @Transactional(readOnly = true)
  public long countSince(
      String action, String resetAction, String entityType, String entityId, Instant since) {
    seeOwnEntries();
    return events.countSince(action, resetAction, entityType, entityId, since);
  }

  /**
   * Says who changed a record, and when, since the user opened it: for the message shown instead of
   * silently overwriting their change.
   */
  @Transactional(readOnly = true)
  public String changedSinceOpened(String entityType, String entityId, String what) {
    return search(new AuditQuery(null, entityType, entityId, null, null), 1).stream()
        .findFirst()
        .map(
            e ->
                e.actor()
                    + " changed this "
                    + what
                    + " at "
                    + java.time.format.DateTimeFormatter.ofPattern(
                            "HH:mm 'on' d MMMM yyyy", java.util.Locale.UK)
                        .format(e.occurredAt().atZoneSameInstant(clock.getZone()))
                    + ", after you opened it. Your changes have not been saved: reload the page to see theirs.")
        .orElse(
            "This " + what + " was changed after you opened it. Reload the page and try again.");
  }

  public long count() {
    seeOwnEntries();
    return events.count();
  }

  /**
   * Walks the whole chain; see {@link AuditVerifier}. In one snapshot, so that an entry committed
   * while the walk runs cannot make the head and the entries disagree.
   */
  @Transactional(
      readOnly = true,
      isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
  public AuditVerification verify() {
    seeOwnEntries();
    return verifier.verify();
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
  }
}
