package org.commissioninghub.audit;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Seals entries onto the end of the chain. It locks the chain head, so the caller's transaction
 * must commit soon after: {@link AuditLog} calls it just before the commit.
 */
@Component
class AuditAppender {

  private final JdbcClient jdbc;
  private final AuditKeys keys;

  AuditAppender(JdbcClient jdbc, AuditKeys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  void append(List<PendingEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Map<String, Object> head =
        jdbc.sql("SELECT last_hash, keyed_from FROM audit_chain_head WHERE id = 1 FOR UPDATE")
            .query()
            .singleRow();
    String previous = (String) head.get("last_hash");
    Long keyedFrom = head.get("keyed_from") == null ? null : toLong(head.get("keyed_from"));
    AuditKeys.Key key = keys.current();
    long lastId = 0;
    for (PendingEntry e : entries) {
      String hash =
          AuditChain.seal(
              key.secret(),
              previous,
              e.occurredAt(),
              e.actor(),
              e.action(),
              e.entityType(),
              e.entityId(),
              e.details(),
              e.changes());
      GeneratedKeyHolder id = new GeneratedKeyHolder();
      jdbc.sql(
              """
              INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, details,
                changes, previous_hash, entry_hash, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              e.occurredAt().atOffset(ZoneOffset.UTC),
              e.actor(),
              e.action(),
              e.entityType(),
              e.entityId(),
              e.details(),
              e.changes(),
              previous,
              hash,
              key.id())
          .update(id, "id");
      lastId = id.getKeyAs(Number.class).longValue();
      if (keyedFrom == null) {
        keyedFrom = lastId;
      }
      previous = hash;
    }
    jdbc.sql("UPDATE audit_chain_head SET last_hash = ?, last_id = ?, keyed_from = ? WHERE id = 1")
        .params(previous, lastId, keyedFrom)
        .update();
  }

  private static long toLong(Object value) {
    return ((Number) value).longValue();
  }
}
