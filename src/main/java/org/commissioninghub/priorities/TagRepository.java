package org.commissioninghub.priorities;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which priorities and themes each record serves (priority_tag). */
@Repository
class TagRepository {

  /** One tag with the plan item it names. */
  record Tag(String recordId, boolean primary, long planId, ItemKind kind, String title) {}

  private final JdbcClient jdbc;

  TagRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void removeAll(String recordType, String recordId) {
    jdbc.sql("DELETE FROM priority_tag WHERE record_type = ? AND record_id = ?")
        .params(recordType, recordId)
        .update();
  }

  void insert(
      String recordType,
      String recordId,
      long itemId,
      boolean primary,
      String by,
      OffsetDateTime at) {
    jdbc.sql(
            """
            INSERT INTO priority_tag (record_type, record_id, item_id, primary_tag, tagged_by, tagged_at)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(recordType, recordId, itemId, primary, by, at)
        .update();
  }

  /**
   * The tags of one record, or of every record of the type when the id is null: one query however
   * many records. By record, primary first, then in the plan's order.
   */
  List<Tag> of(String recordType, String recordId) {
    return jdbc.sql(
            """
            SELECT t.record_id, t.primary_tag, i.plan_id, i.kind, i.title FROM priority_tag t
            JOIN priority_plan_item i ON i.id = t.item_id
            WHERE t.record_type = ? AND (CAST(? AS VARCHAR(80)) IS NULL OR t.record_id = ?)
            ORDER BY t.record_id, t.primary_tag DESC, i.position""")
        .params(recordType, recordId, recordId)
        .query(
            (rs, n) ->
                new Tag(
                    rs.getString("record_id"),
                    rs.getBoolean("primary_tag"),
                    rs.getLong("plan_id"),
                    ItemKind.valueOf(rs.getString("kind")),
                    rs.getString("title")))
        .list();
  }

  /** The item ids a record carries now, primary first. */
  List<Long> chosen(String recordType, String recordId) {
    return jdbc.sql(
            "SELECT item_id FROM priority_tag WHERE record_type = ? AND record_id = ? ORDER BY primary_tag DESC, id")
        .params(recordType, recordId)
        .query(Long.class)
        .list();
  }
}
