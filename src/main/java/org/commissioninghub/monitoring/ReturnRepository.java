package org.commissioninghub.monitoring;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** What returns say: their values, narrative, status moves and certified versions. */
@Repository
class ReturnRepository {

  private final JdbcClient jdbc;

  ReturnRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<String, Long> values(long returnId) {
    Map<String, Long> values = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT m.code, v.amount FROM return_value v JOIN metric_definition m ON m.id = v.metric_id
            WHERE v.return_id = ? ORDER BY m.position""")
        .param(returnId)
        .query(
            rs -> {
              values.put(rs.getString(1), rs.getLong(2));
            });
    return values;
  }

  /** The values of a year's accepted returns, by return. */
  Map<Long, Map<String, Long>> acceptedValuesOf(org.commissioninghub.shared.FinancialYear year) {
    Map<Long, Map<String, Long>> values = new java.util.HashMap<>();
    jdbc.sql(
            """
            SELECT v.return_id, m.code, v.amount FROM return_value v
            JOIN metric_definition m ON m.id = v.metric_id
            JOIN monitoring_return r ON r.id = v.return_id
            WHERE r.financial_year = ? AND r.status = 'ACCEPTED'""")
        .param(year.startYear())
        .query(
            rs -> {
              values
                  .computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                  .put(rs.getString(2), rs.getLong(3));
            });
    return values;
  }

  /** How many returns in these statuses, and the earliest due date among them. */
  record Waiting(int count, java.time.LocalDate earliestDue) {}

  /**
   * Returns in these statuses (status names), every organisation's when {@code organisationId} is
   * null, else that organisation's only: for the home page's list of work.
   */
  Waiting waiting(Long organisationId, List<String> statuses) {
    return jdbc.sql(
            """
            SELECT COUNT(*), MIN(due_on) FROM monitoring_return
            WHERE status IN (:statuses)
            AND (CAST(:organisation AS BIGINT) IS NULL OR organisation_id = :organisation)""")
        .param("statuses", statuses)
        .param("organisation", organisationId, java.sql.Types.BIGINT)
        .query((rs, n) -> new Waiting(rs.getInt(1), rs.getObject(2, java.time.LocalDate.class)))
        .single();
  }

  String narrative(long returnId) {
    return jdbc.sql("SELECT narrative FROM monitoring_return WHERE id = ?")
        .param(returnId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  int version(long returnId) {
    return jdbc.sql("SELECT version FROM monitoring_return WHERE id = ?")
        .param(returnId)
        .query(Integer.class)
        .single();
  }

  String preparedBy(long returnId) {
    return jdbc.sql("SELECT prepared_by FROM monitoring_return WHERE id = ?")
        .param(returnId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  String comment(long returnId) {
    return jdbc.sql("SELECT review_comment FROM monitoring_return WHERE id = ?")
        .param(returnId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /** Replaces the values; false when the version no longer matches (someone else saved first). */
  boolean save(
      long returnId,
      int expectedVersion,
      Map<String, Long> values,
      String narrative,
      String by,
      OffsetDateTime at) {
    int changed =
        jdbc.sql(
                """
                UPDATE monitoring_return SET status = ?, narrative = ?, prepared_by = ?,
                  prepared_at = ?, version = version + 1 WHERE id = ? AND version = ?""")
            .params(ReturnStatus.DRAFT.name(), narrative, by, at, returnId, expectedVersion)
            .update();
    if (changed == 0) {
      return false;
    }
    jdbc.sql("DELETE FROM return_value WHERE return_id = ?").param(returnId).update();
    values.forEach(
        (code, value) ->
            jdbc.sql(
                    "INSERT INTO return_value (return_id, metric_id, amount) SELECT ?, id, ? FROM"
                        + " metric_definition WHERE code = ?")
                .params(returnId, value, code)
                .update());
    return true;
  }

  /**
   * Moves a return along {@link ReturnStatus#canMoveTo}, compare-and-set: false when it is no
   * longer where it was read (someone else moved it first).
   */
  boolean move(long returnId, ReturnStatus from, ReturnStatus to, String comment) {
    if (!from.canMoveTo(to)) {
      throw new IllegalStateException("A return cannot move from " + from + " to " + to);
    }
    return jdbc.sql(
                """
                UPDATE monitoring_return SET status = ?, review_comment = ?, version = version + 1
                WHERE id = ? AND status = ?""")
            .params(to.name(), comment, returnId, from.name())
            .update()
        == 1;
  }

  void note(long returnId, String note) {
    jdbc.sql("UPDATE monitoring_return SET recorded_note = ? WHERE id = ?")
        .params(note, returnId)
        .update();
  }

  void submit(long returnId, String preparedBy, String certifiedBy, OffsetDateTime at) {
    int number =
        jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM return_submission WHERE return_id = ?")
            .param(returnId)
            .query(Integer.class)
            .single();
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO return_submission (return_id, number, narrative, prepared_by, certified_by,
              certified_at) VALUES (?, ?, ?, ?, ?, ?)""")
        .params(returnId, number, narrative(returnId), preparedBy, certifiedBy, at)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    jdbc.sql(
            "INSERT INTO return_submission_value (submission_id, metric_id, amount) SELECT ?,"
                + " metric_id, amount FROM return_value WHERE return_id = ?")
        .params(id, returnId)
        .update();
  }

  void review(long returnId, String outcome, String by, String comment, OffsetDateTime at) {
    jdbc.sql(
            """
            UPDATE return_submission SET outcome = ?, reviewed_by = ?, reviewed_at = ?, comment = ?
            WHERE return_id = ? AND number = (SELECT MAX(number) FROM return_submission
              WHERE return_id = ?)""")
        .params(outcome, by, at, comment, returnId, returnId)
        .update();
  }

  void addCaseStudy(
      long returnId,
      String theme,
      String story,
      boolean consent,
      String warnings,
      String by,
      OffsetDateTime at) {
    jdbc.sql(
            """
            INSERT INTO return_case_study (return_id, theme, story, consent, warnings, added_by,
              added_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(returnId, theme, story, consent, warnings, by, at)
        .update();
  }

  List<CaseStudy> caseStudies(long returnId) {
    return jdbc.sql("SELECT * FROM return_case_study WHERE return_id = ? ORDER BY id")
        .param(returnId)
        .query(
            (rs, n) ->
                new CaseStudy(
                    rs.getLong("id"),
                    rs.getString("theme"),
                    rs.getString("story"),
                    rs.getBoolean("consent"),
                    rs.getString("warnings"),
                    rs.getString("added_by"),
                    rs.getObject("added_at", OffsetDateTime.class)))
        .list();
  }

  List<ReturnSubmission> submissions(long returnId) {
    return jdbc
        .sql("SELECT * FROM return_submission WHERE return_id = ? ORDER BY number")
        .param(returnId)
        .query(
            (rs, n) ->
                new ReturnSubmission(
                    rs.getLong("id"),
                    rs.getInt("number"),
                    rs.getString("narrative"),
                    rs.getString("prepared_by"),
                    rs.getString("certified_by"),
                    rs.getObject("certified_at", OffsetDateTime.class),
                    rs.getString("outcome"),
                    rs.getString("reviewed_by"),
                    rs.getObject("reviewed_at", OffsetDateTime.class),
                    rs.getString("comment"),
                    Map.of()))
        .list()
        .stream()
        .map(s -> withValues(s))
        .toList();
  }

  private ReturnSubmission withValues(ReturnSubmission s) {
    Map<String, Long> values = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT m.code, v.amount FROM return_submission_value v
            JOIN metric_definition m ON m.id = v.metric_id WHERE v.submission_id = ?
            ORDER BY m.position""")
        .param(s.id())
        .query(
            rs -> {
              values.put(rs.getString(1), rs.getLong(2));
            });
    return new ReturnSubmission(
        s.id(),
        s.number(),
        s.narrative(),
        s.preparedBy(),
        s.certifiedBy(),
        s.certifiedAt(),
        s.outcome(),
        s.reviewedBy(),
        s.reviewedAt(),
        s.comment(),
        values);
  }
}
