package org.commissioninghub.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a source figure was damaged or ambiguous: what was read, what was assumed, and why. Kept
 * beside the data so a published figure can be traced back to its source.
 */
@Service
public class DataQualityNotes {

  private final JdbcClient jdbc;
  private final Clock clock;

  DataQualityNotes(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public void record(DataQualityNote note) {
    if (note.note() == null || note.note().isBlank()) {
      throw new IllegalArgumentException("A data-quality note must say what is wrong");
    }
    jdbc.sql(
            """
            INSERT INTO data_quality_note (entity_type, entity_id, field, read_value, assumed_value,
              source, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            note.entityType(),
            note.entityId(),
            note.field(),
            note.readValue(),
            note.assumedValue(),
            note.source(),
            note.note(),
            OffsetDateTime.now(clock))
        .update();
  }

  @Transactional(readOnly = true)
  public List<DataQualityNote> all() {
    return jdbc.sql(
            "SELECT entity_type, entity_id, field, read_value, assumed_value, source, note FROM data_quality_note ORDER BY id")
        .query(
            (rs, n) ->
                new DataQualityNote(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7)))
        .list();
  }

  @Transactional(readOnly = true)
  public List<DataQualityNote> about(String entityType, String entityId) {
    return all().stream()
        .filter(n -> n.entityType().equals(entityType) && n.entityId().equals(entityId))
        .toList();
  }

  /** One note: entity type and public id, field, the value read, the value assumed, the source. */
  public record DataQualityNote(
      String entityType,
      String entityId,
      String field,
      String readValue,
      String assumedValue,
      String source,
      String note) {}
}
