package org.commissioninghub.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.assessment.AssignmentView.ScoreView;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AssessmentRepository {

  private static final String SELECT =
      """
      SELECT s.*, a.reference FROM assessment_assignment s JOIN application a ON a.id = s.application_id
      """;

  private final JdbcClient jdbc;

  AssessmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(long applicationId, String assessor, String assignedBy, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO assessment_assignment (application_id, assessor, assigned_by, assigned_at, status)
            VALUES (?, ?, ?, ?, 'AWAITING_DECLARATION')
            """)
        .params(applicationId, assessor, assignedBy, now)
        .update();
  }

  List<AssignmentView> forApplication(long applicationId) {
    return jdbc.sql(SELECT + " WHERE s.application_id = ? ORDER BY s.assessor")
        .param(applicationId)
        .query(mapper())
        .list();
  }

  List<AssignmentView> forAssessor(String assessor) {
    return jdbc.sql(SELECT + " WHERE s.assessor = ? ORDER BY s.assigned_at DESC, s.id DESC")
        .param(assessor)
        .query(mapper())
        .list();
  }

  Optional<AssignmentView> find(long applicationId, String assessor) {
    return jdbc.sql(SELECT + " WHERE s.application_id = ? AND s.assessor = ?")
        .params(applicationId, assessor)
        .query(mapper())
        .optional();
  }

  boolean moveStatus(
      long id, AssignmentStatus from, AssignmentStatus to, String column, OffsetDateTime at) {
    if (!from.canMoveTo(to)) {
      throw new IllegalStateException("An assignment cannot move from " + from + " to " + to);
    }
    // column names come only from this feature's code
    return jdbc.sql(
                "UPDATE assessment_assignment SET status = ?, "
                    + column
                    + " = ? WHERE id = ? AND status = ?")
            .params(to.name(), at, id, from.name())
            .update()
        == 1;
  }

  void recordDeclaration(
      long assignmentId,
      String assessor,
      long applicationId,
      boolean conflict,
      String nature,
      OffsetDateTime at) {
    jdbc.sql(
            """
            INSERT INTO conflict_declaration (assignment_id, assessor, application_id, has_conflict, nature, declared_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(assignmentId, assessor, applicationId, conflict, nature, at)
        .update();
  }

  /** How many of the assessor's assignments are in this status (for their home page). */
  int assignmentsIn(String assessor, AssignmentStatus status) {
    return jdbc.sql("SELECT COUNT(*) FROM assessment_assignment WHERE assessor = ? AND status = ?")
        .params(assessor, status.name())
        .query(Integer.class)
        .single();
  }

  /** How many applications have been submitted and wait to be screened. */
  int awaitingScreening() {
    return jdbc.sql("SELECT COUNT(*) FROM application WHERE status = 'SUBMITTED'")
        .query(Integer.class)
        .single();
  }

  /** Whether the assessor has declared a conflict with any application from the organisation. */
  boolean declaredConflictWith(String assessor, long organisationId) {
    return jdbc.sql(
                """
                SELECT COUNT(*) FROM conflict_declaration d JOIN application a ON a.id = d.application_id
                WHERE d.assessor = ? AND d.has_conflict AND a.organisation_id = ?
                """)
            .params(assessor, organisationId)
            .query(Integer.class)
            .single()
        > 0;
  }

  boolean declaredConflictOn(String username, long applicationId) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM conflict_declaration WHERE assessor = ? AND application_id = ? AND has_conflict")
            .params(username, applicationId)
            .query(Integer.class)
            .single()
        > 0;
  }

  List<ConflictDeclaration> register() {
    return jdbc.sql(
            """
            SELECT d.*, a.reference, o.name AS org_name FROM conflict_declaration d
            JOIN application a ON a.id = d.application_id JOIN organisation o ON o.id = a.organisation_id
            ORDER BY d.declared_at DESC, d.id DESC
            """)
        .query(
            (rs, n) ->
                new ConflictDeclaration(
                    rs.getString("assessor"),
                    rs.getString("reference"),
                    rs.getString("org_name"),
                    rs.getBoolean("has_conflict"),
                    rs.getString("nature"),
                    rs.getObject("declared_at", OffsetDateTime.class)))
        .list();
  }

  void saveScore(long assignmentId, long criterionId, int score, String comment) {
    jdbc.sql("DELETE FROM assessment_score WHERE assignment_id = ? AND criterion_id = ?")
        .params(assignmentId, criterionId)
        .update();
    jdbc.sql(
            "INSERT INTO assessment_score (assignment_id, criterion_id, score, comment) VALUES (?, ?, ?, ?)")
        .params(assignmentId, criterionId, score, comment)
        .update();
  }

  void saveOverallComment(long assignmentId, String comment) {
    jdbc.sql("UPDATE assessment_assignment SET overall_comment = ? WHERE id = ?")
        .params(comment, assignmentId)
        .update();
  }

  private RowMapper<AssignmentView> mapper() {
    return (rs, n) -> {
      long id = rs.getLong("id");
      return new AssignmentView(
          id,
          rs.getString("reference"),
          rs.getString("assessor"),
          rs.getString("assigned_by"),
          rs.getObject("assigned_at", OffsetDateTime.class),
          AssignmentStatus.valueOf(rs.getString("status")),
          rs.getObject("completed_at", OffsetDateTime.class),
          rs.getString("overall_comment"),
          scores(id));
    };
  }

  private List<ScoreView> scores(long assignmentId) {
    return jdbc.sql(
            """
            SELECT s.*, c.name, c.scale_max, c.weight FROM assessment_score s
            JOIN programme_criterion c ON c.id = s.criterion_id WHERE s.assignment_id = ? ORDER BY c.position
            """)
        .param(assignmentId)
        .query(
            (rs, n) ->
                new ScoreView(
                    rs.getLong("criterion_id"),
                    rs.getString("name"),
                    rs.getInt("score"),
                    rs.getInt("scale_max"),
                    rs.getInt("weight"),
                    rs.getString("comment")))
        .list();
  }
}
