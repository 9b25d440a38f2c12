package org.commissioninghub.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The append-only record of who changed what, when. Called inside the same transaction as the
 * change, so a change without its audit entry cannot be committed.
 */
@Service
public class AuditLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(String action, String entityType, String entityId, String details) {
    jdbc.sql(
            """
            INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, details)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(
            OffsetDateTime.now(clock),
            currentActor(),
            action,
            entityType,
            entityId,
            details == null || details.length() <= 4000 ? details : details.substring(0, 4000))
        .update();
  }

  public List<AuditEntry> forEntity(String entityType, String entityId) {
    return jdbc.sql(
            """
            SELECT occurred_at, actor, action, entity_type, entity_id, details FROM audit_event
            WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC""")
        .params(entityType, entityId)
        .query(
            (rs, n) ->
                new AuditEntry(
                    rs.getObject("occurred_at", OffsetDateTime.class),
                    rs.getString("actor"),
                    rs.getString("action"),
                    rs.getString("entity_type"),
                    rs.getString("entity_id"),
                    rs.getString("details")))
        .list();
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
  }

  private static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
  }
}
