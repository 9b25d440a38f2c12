package org.commissioninghub.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reading the audit trail (audit_event). Appending and sealing entries stays with the chain ({@link
 * AuditAppender}) and walking it with {@link AuditVerifier}: they lock and hash the chain head and
 * are kept apart so the chain's rules are read in one place.
 */
@Repository
class AuditEventRepository {

  private static final String COLUMNS =
      "id, occurred_at, actor, action, entity_type, entity_id, details, changes, previous_hash, entry_hash";

  private final JdbcClient jdbc;

  AuditEventRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Hands the first {@code limit} entries matching every given criterion to {@code sink}. */
  void each(AuditQuery query, String order, int limit, ZoneId zone, Consumer<AuditEntry> sink) {
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
    String direction = "ASC".equals(order) ? "ASC" : "DESC";
    int[] seen = {0};
    jdbc.sql("SELECT " + COLUMNS + " FROM audit_event" + where + " ORDER BY id " + direction)
        .params(params)
        .query(
            rs -> {
              if (seen[0]++ < limit) {
                sink.accept(entry(rs, zone));
              }
            });
  }

  /** Events of an action on a record since a moment, after the latest {@code resetAction}. */
  long countSince(
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

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
  }

  /** When an entry with this action was last recorded, if ever. */
  java.util.Optional<OffsetDateTime> lastAt(String action) {
    return jdbc.sql(
            "SELECT occurred_at FROM audit_event WHERE action = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
        .param(action)
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
        .optional();
  }

  /** Times are shown in the given zone (UK time), whatever zone the database answers in. */
  private static AuditEntry entry(ResultSet rs, ZoneId zone) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class)
            .atZoneSameInstant(zone)
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
}
