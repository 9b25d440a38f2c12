package org.commissioninghub.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.commissioninghub.audit.DataQualityNotes.DataQualityNote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The data-quality notes (data_quality_note). */
@Repository
class DataQualityNoteRepository {

  private final JdbcClient jdbc;

  DataQualityNoteRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(DataQualityNote note, OffsetDateTime recordedAt) {
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
            recordedAt)
        .update();
  }

  List<DataQualityNote> all() {
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
}
