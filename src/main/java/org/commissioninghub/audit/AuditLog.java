package org.commissioninghub.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of who changed what, when. Written in the same transaction as the change,
 * so a change without its entry cannot be committed. Each entry carries the hash of the one before
 * it; {@link #verify()} walks the chain and reports any entry changed or removed since. There is
 * deliberately no method that updates or deletes an entry.
 */
@Service
public class AuditLog {

  private static final String COLUMNS =
      "id, occurred_at, actor, action, entity_type, entity_id, details, changes, previous_hash, entry_hash";

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records an event by the signed-in user (or "system"). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String action, String entityType, String entityId, String details) {
    append(currentActor(), action, entityType, entityId, details, null);
  }

  /** Records a change with the before and after values of the fields that changed. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordChange(
      String action, String entityType, String entityId, Object before, Object after) {
    append(currentActor(), action, entityType, entityId, null, Changes.between(before, after));
  }

  /** Records an event for a named actor, e.g. a failed sign-in, in a transaction of its own. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordFor(
      String actor, String action, String entityType, String entityId, String details) {
    append(actor, action, entityType, entityId, details, null);
  }

  /** Records that the signed-in user downloaded a file, e.g. a report as CSV. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordExport(String fileName, String details) {
    append(currentActor(), "exported", "file", fileName, details, null);
  }

  private void append(
      String actor,
      String action,
      String entityType,
      String entityId,
      String details,
      String changes) {
    String previous =
        jdbc.sql("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
            .query(String.class)
            .single();
    Instant at = OffsetDateTime.now(clock).toInstant().truncatedTo(ChronoUnit.MICROS);
    String safeActor = cut(actor == null || actor.isBlank() ? "unknown" : actor, 60);
    String safeDetails = cut(details, 4000);
    String safeChanges = cut(changes, 4000);
    String hash =
        AuditChain.hash(
            previous, at, safeActor, action, entityType, entityId, safeDetails, safeChanges);
    jdbc.sql(
            """
            INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, details,
              changes, previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            at.atOffset(ZoneOffset.UTC),
            safeActor,
            action,
            entityType,
            entityId,
            safeDetails,
            safeChanges,
            previous,
            hash)
        .update();
    jdbc.sql(
            "UPDATE audit_chain_head SET last_hash = ?, last_id = (SELECT MAX(id) FROM audit_event) WHERE id = 1")
        .param(hash)
        .update();
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
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (query.actor() != null) {
      where.append(" AND actor = ?");
      params.add(query.actor());
    }
    if (query.entityType() != null) {
      where.append(" AND entity_type = ?");
      params.add(query.entityType());
    }
    if (query.entityId() != null) {
      where.append(" AND entity_id = ?");
      params.add(query.entityId());
    }
    if (query.from() != null) {
      where.append(" AND occurred_at >= ?");
      params.add(query.from().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (query.to() != null) {
      where.append(" AND occurred_at < ?");
      params.add(query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    int[] seen = {0};
    jdbc.sql("SELECT " + COLUMNS + " FROM audit_event" + where + " ORDER BY id " + order)
        .params(params)
        .query(
            rs -> {
              if (seen[0]++ < limit) {
                sink.accept(entry(rs));
              }
            });
  }

  /**
   * How many times an action happened to a record since a moment, counting only events after the
   * latest {@code resetAction} (e.g. failed sign-ins since the last successful one).
   */
  @Transactional(readOnly = true)
  public long countSince(
      String action, String resetAction, String entityType, String entityId, Instant since) {
    return jdbc.sql(
            """
            SELECT COUNT(*) FROM audit_event e WHERE e.action = ? AND e.entity_type = ? AND e.entity_id = ?
              AND e.occurred_at >= ?
              AND e.id > COALESCE((SELECT MAX(r.id) FROM audit_event r
                WHERE r.action = ? AND r.entity_type = ? AND r.entity_id = ?), 0)""")
        .params(
            action,
            entityType,
            entityId,
            since.atOffset(ZoneOffset.UTC),
            resetAction,
            entityType,
            entityId)
        .query(Long.class)
        .single();
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
    return jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
  }

  /**
   * Walks the whole chain. Reports each entry whose content no longer matches its hash, each link
   * that does not point at the entry before it (a row removed or inserted), and a head that does
   * not match the newest entry (rows removed from the end).
   */
  @Transactional(readOnly = true)
  public AuditVerification verify() {
    List<String> problems = new ArrayList<>();
    String[] previous = {AuditChain.GENESIS};
    long[] checked = {0};
    jdbc.sql("SELECT " + COLUMNS + " FROM audit_event ORDER BY id")
        .query(
            rs -> {
              AuditEntry e = entry(rs);
              checked[0]++;
              if (!previous[0].equals(e.previousHash())) {
                problems.add(
                    "Entry "
                        + e.id()
                        + " does not follow the entry before it: an entry was removed or inserted");
              }
              String expected =
                  AuditChain.hash(
                      e.previousHash() == null ? "" : e.previousHash(),
                      e.occurredAt().toInstant(),
                      e.actor(),
                      e.action(),
                      e.entityType(),
                      e.entityId(),
                      e.details(),
                      e.changes());
              if (!expected.equals(e.entryHash())) {
                problems.add(
                    "Entry "
                        + e.id()
                        + " ("
                        + e.action()
                        + " "
                        + e.entityType()
                        + " "
                        + e.entityId()
                        + ") was changed after it was written");
              }
              previous[0] = e.entryHash();
            });
    String head =
        jdbc.sql("SELECT last_hash FROM audit_chain_head WHERE id = 1")
            .query(String.class)
            .single();
    if (!head.equals(previous[0])) {
      problems.add("The newest entries were removed: the chain ends before the recorded head");
    }
    return new AuditVerification(checked[0], problems);
  }

  /** Times are shown in the clock's zone (UK time), whatever zone the database answers in. */
  private AuditEntry entry(ResultSet rs) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class)
            .atZoneSameInstant(clock.getZone())
            .toOffsetDateTime(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("entity_type"),
        rs.getString("entity_id"),
        rs.getString("details"),
        rs.getString("changes"),
        rs.getString("previous_hash"),
        rs.getString("entry_hash"));
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
  }
}
