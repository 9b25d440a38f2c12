package org.commissioninghub.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The papers and the payments chosen for them; what the payments were for is read elsewhere. */
@Repository
class PanelPaperRepository {

  private final JdbcClient jdbc;

  PanelPaperRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A paper as stored. */
  record PaperRow(
      long id,
      String title,
      LocalDate meetingDate,
      String introduction,
      String createdBy,
      String updatedBy,
      int version,
      int items) {}

  /** A chosen payment as stored. */
  record ItemRow(
      long id,
      long paymentId,
      PanelSelector selectedBy,
      String contractPublicId,
      String outcome,
      String addedBy) {}

  private static final String PAPERS =
      """
      SELECT p.*, (SELECT COUNT(*) FROM panel_paper_item i WHERE i.paper_id = p.id) AS items
      FROM panel_paper p
      """;

  List<PaperRow> papers() {
    return jdbc.sql(PAPERS + " ORDER BY p.meeting_date DESC, p.id DESC")
        .query(this::mapPaper)
        .list();
  }

  Optional<PaperRow> paper(long id) {
    return jdbc.sql(PAPERS + " WHERE p.id = ?").param(id).query(this::mapPaper).optional();
  }

  List<ItemRow> items(long paperId) {
    return jdbc.sql("SELECT * FROM panel_paper_item WHERE paper_id = ? ORDER BY id")
        .param(paperId)
        .query(
            (rs, n) ->
                new ItemRow(
                    rs.getLong("id"),
                    rs.getLong("payment_id"),
                    PanelSelector.valueOf(rs.getString("selected_by")),
                    rs.getString("contract_public_id"),
                    rs.getString("outcome"),
                    rs.getString("added_by")))
        .list();
  }

  long insertPaper(
      String title, LocalDate meetingDate, String introduction, String by, OffsetDateTime at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO panel_paper (title, meeting_date, introduction, created_by, created_at,
              updated_by, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(title, meetingDate, introduction, by, at, by, at)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /**
   * Updates the paper's details and moves its version on; false when someone else changed the paper
   * since the given version was read.
   */
  boolean updatePaper(
      long id,
      int version,
      String title,
      LocalDate meetingDate,
      String introduction,
      String by,
      OffsetDateTime at) {
    return jdbc.sql(
                """
                UPDATE panel_paper SET title = ?, meeting_date = ?, introduction = ?, updated_by = ?,
                  updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
            .params(title, meetingDate, introduction, by, at, id, version)
            .update()
        == 1;
  }

  /** Moves the paper's version on for a change to its items; false if it had moved already. */
  boolean touch(long id, int version, String by, OffsetDateTime at) {
    return jdbc.sql(
                """
                UPDATE panel_paper SET updated_by = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
            .params(by, at, id, version)
            .update()
        == 1;
  }

  long insertItem(
      long paperId,
      long paymentId,
      PanelSelector selectedBy,
      String contractPublicId,
      String outcome,
      String by,
      OffsetDateTime at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO panel_paper_item (paper_id, payment_id, selected_by, contract_public_id,
              outcome, added_by, added_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(paperId, paymentId, selectedBy.name(), contractPublicId, outcome, by, at)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void updateItem(long itemId, PanelSelector selectedBy, String contractPublicId, String outcome) {
    jdbc.sql(
            """
            UPDATE panel_paper_item SET selected_by = ?, contract_public_id = ?, outcome = ?
            WHERE id = ?""")
        .params(selectedBy.name(), contractPublicId, outcome, itemId)
        .update();
  }

  void deleteItem(long itemId) {
    jdbc.sql("DELETE FROM panel_paper_item WHERE id = ?").param(itemId).update();
  }

  private PaperRow mapPaper(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new PaperRow(
        rs.getLong("id"),
        rs.getString("title"),
        rs.getObject("meeting_date", LocalDate.class),
        rs.getString("introduction"),
        rs.getString("created_by"),
        rs.getString("updated_by"),
        rs.getInt("version"),
        rs.getInt("items"));
  }
}
