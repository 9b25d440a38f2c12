package org.commissioninghub.notifications;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The queued emails (outbound_email): queued with a change, claimed, sent or retried. */
@Repository
class OutboxRepository {

  /** An email waiting to be sent. */
  record Queued(long id, String to, String subject, String body) {}

  private final JdbcClient jdbc;

  OutboxRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      String to,
      String subject,
      String body,
      String aboutType,
      String aboutId,
      OffsetDateTime queuedAt) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO outbound_email (recipient, subject, body, about_type, about_id, queued_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(to, subject, body, aboutType, aboutId, queuedAt)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  List<Outbox.Email> about(String aboutType, String aboutId) {
    return jdbc.sql(
            "SELECT recipient, subject, body, queued_at, sent_at FROM outbound_email WHERE about_type = ? AND about_id = ? ORDER BY id")
        .params(aboutType, aboutId)
        .query(
            (rs, n) ->
                new Outbox.Email(
                    rs.getString("recipient"),
                    rs.getString("subject"),
                    rs.getString("body"),
                    rs.getObject("queued_at", OffsetDateTime.class),
                    rs.getObject("sent_at", OffsetDateTime.class)))
        .list();
  }

  /**
   * Claims an unsent email until {@code until}, unless another sender holds an unlapsed claim:
   * false when it was sent or claimed already.
   */
  boolean claim(long id, OffsetDateTime now, OffsetDateTime until) {
    return jdbc.sql(
                "UPDATE outbound_email SET claimed_until = ? WHERE id = ? AND sent_at IS NULL"
                    + " AND (claimed_until IS NULL OR claimed_until < ?)")
            .params(until, id, now)
            .update()
        > 0;
  }

  Optional<Queued> unsent(long id) {
    return jdbc.sql(
            "SELECT recipient, subject, body FROM outbound_email WHERE id = ? AND sent_at IS NULL")
        .param(id)
        .query(
            (rs, n) ->
                new Queued(
                    id, rs.getString("recipient"), rs.getString("subject"), rs.getString("body")))
        .optional();
  }

  /** Unsent emails queued before {@code before} that have not used up their attempts. */
  List<Long> toRetry(int maxAttempts, OffsetDateTime before) {
    return jdbc.sql(
            "SELECT id FROM outbound_email WHERE sent_at IS NULL AND attempts < ? AND queued_at < ? ORDER BY id")
        .params(maxAttempts, before)
        .query(Long.class)
        .list();
  }

  void markSent(long id, OffsetDateTime at) {
    jdbc.sql("UPDATE outbound_email SET sent_at = ?, attempts = attempts + 1 WHERE id = ?")
        .params(at, id)
        .update();
  }

  /** A failed attempt: counted, its error kept, the claim released for the next try. */
  void markFailed(long id, String error) {
    jdbc.sql(
            "UPDATE outbound_email SET attempts = attempts + 1, last_error = ?, claimed_until = NULL WHERE id = ?")
        .params(error, id)
        .update();
  }
}
