package org.commissioninghub.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commissioninghub.applications.ApplicationView.DocumentView;
import org.commissioninghub.applications.ApplicationView.YearAmount;
import org.commissioninghub.organisations.OrganisationProfile;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.PolicyKind;
import org.commissioninghub.organisations.PolicyView;
import org.commissioninghub.programmes.Programmes;
import org.commissioninghub.programmes.RoundView;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ApplicationRepository {

  private static final String SELECT =
      """
      SELECT a.*, o.public_id AS org_public_id, o.name AS org_name
      FROM application a JOIN organisation o ON o.id = a.organisation_id
      """;

  private final JdbcClient jdbc;
  private final Programmes programmes;

  ApplicationRepository(JdbcClient jdbc, Programmes programmes) {
    this.jdbc = jdbc;
    this.programmes = programmes;
  }

  long insert(
      String reference,
      long roundId,
      long organisationId,
      String title,
      String createdBy,
      OffsetDateTime now) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO application (reference, round_id, organisation_id, title, status, eligibility_passed,
              created_by, created_at, updated_at) VALUES (?, ?, ?, ?, 'DRAFT', TRUE, ?, ?, ?)
            """)
        .params(reference, roundId, organisationId, title, createdBy, now, now)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Saves draft details if the version still matches; false when someone saved first. */
  boolean saveDetails(
      long id,
      int version,
      String title,
      String summary,
      String contactName,
      String contactEmail,
      OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE application SET title = ?, summary = ?, contact_name = ?, contact_email = ?,
                  updated_at = ?, version = version + 1 WHERE id = ? AND version = ?
                """)
            .params(title, summary, contactName, contactEmail, now, id, version)
            .update()
        == 1;
  }

  void replaceAmounts(long id, List<YearAmount> amounts) {
    jdbc.sql("DELETE FROM application_amount WHERE application_id = ?").param(id).update();
    for (YearAmount a : amounts) {
      jdbc.sql(
              "INSERT INTO application_amount (application_id, year_index, financial_year, amount_pence) VALUES (?, ?, ?, ?)")
          .params(id, a.index(), a.year().startYear(), a.amount().pence())
          .update();
    }
  }

  void saveAnswer(long id, long questionId, String answer) {
    jdbc.sql("DELETE FROM application_answer WHERE application_id = ? AND question_id = ?")
        .params(id, questionId)
        .update();
    if (answer != null && !answer.isBlank()) {
      jdbc.sql(
              "INSERT INTO application_answer (application_id, question_id, answer) VALUES (?, ?, ?)")
          .params(id, questionId, answer.strip())
          .update();
    }
  }

  /**
   * Moves the status on only from the expected one, so two people cannot both move it, and only
   * along {@link ApplicationStatus#canMoveTo}: no route can make a move the table does not allow.
   */
  boolean moveStatus(long id, ApplicationStatus from, ApplicationStatus to, OffsetDateTime now) {
    if (!from.canMoveTo(to)) {
      throw new ConflictException(
          "APPLICATION-MOVE",
          "An application that is "
              + from.label().toLowerCase(java.util.Locale.UK)
              + " cannot become "
              + to.label().toLowerCase(java.util.Locale.UK));
    }
    return jdbc.sql(
                "UPDATE application SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND status = ?")
            .params(to.name(), now, id, from.name())
            .update()
        == 1;
  }

  /** Keeps the applicant's profile as it stood at submission. */
  void keepProfile(long id, OrganisationProfile profile) {
    OrganisationView o = profile.organisation();
    jdbc.sql(
            "INSERT INTO application_profile (application_id, charity_number, company_number,"
                + " address, postcode, website) VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, o.charityNumber(), o.companyNumber(), o.address(), o.postcode(), o.website())
        .update();
    for (PolicyView p : profile.policies()) {
      jdbc.sql(
              "INSERT INTO application_policy (application_id, kind, reviewed_on) VALUES (?, ?, ?)")
          .params(id, p.kind().name(), p.reviewedOn())
          .update();
    }
  }

  Optional<ApplicationProfile> keptProfile(long id) {
    List<PolicyView> policies =
        jdbc
            .sql("SELECT kind, reviewed_on FROM application_policy WHERE application_id = ?")
            .param(id)
            .query(
                (rs, n) ->
                    new PolicyView(
                        PolicyKind.valueOf(rs.getString("kind")),
                        rs.getObject("reviewed_on", java.time.LocalDate.class)))
            .list()
            .stream()
            .sorted(java.util.Comparator.comparing(PolicyView::kind))
            .toList();
    return jdbc.sql("SELECT * FROM application_profile WHERE application_id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new ApplicationProfile(
                    rs.getString("charity_number"),
                    rs.getString("company_number"),
                    rs.getString("address"),
                    rs.getString("postcode"),
                    rs.getString("website"),
                    policies,
                    true))
        .optional();
  }

  void set(long id, String column, Object value) {
    // column names come only from this feature's own code, never from input
    jdbc.sql("UPDATE application SET " + column + " = ? WHERE id = ?").params(value, id).update();
  }

  long insertDocument(
      long applicationId,
      Long questionId,
      String fileName,
      DocumentType type,
      byte[] content,
      String sha256,
      String uploadedBy,
      OffsetDateTime now) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO application_document (application_id, question_id, file_name, content_type,
              size_bytes, sha256, content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            applicationId,
            questionId,
            fileName,
            type.contentType(),
            content.length,
            sha256,
            content,
            uploadedBy,
            now)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  boolean deleteDocument(long applicationId, long documentId) {
    return jdbc.sql("DELETE FROM application_document WHERE application_id = ? AND id = ?")
            .params(applicationId, documentId)
            .update()
        == 1;
  }

  Optional<DocumentContent> documentContent(long applicationId, long documentId) {
    return jdbc.sql(
            "SELECT file_name, content_type, content FROM application_document WHERE application_id = ? AND id = ?")
        .params(applicationId, documentId)
        .query(
            (rs, n) ->
                new DocumentContent(
                    rs.getString("file_name"),
                    rs.getString("content_type"),
                    rs.getBytes("content")))
        .optional();
  }

  Optional<ApplicationView> find(String reference) {
    return jdbc.sql(SELECT + " WHERE a.reference = ?").param(reference).query(mapper()).optional();
  }

  Optional<ApplicationView> lockAndFind(String reference) {
    jdbc.sql("SELECT id FROM application WHERE reference = ? FOR UPDATE")
        .param(reference)
        .query(Long.class)
        .optional();
    return find(reference);
  }

  List<ApplicationView> inRound(long roundId) {
    return jdbc.sql(SELECT + " WHERE a.round_id = ? ORDER BY a.reference")
        .param(roundId)
        .query(mapper())
        .list();
  }

  /** An organisation's drafts in rounds still open: how many, and the soonest round closing. */
  record Drafts(int count, OffsetDateTime closesFirst) {}

  Drafts openDrafts(long organisationId, OffsetDateTime now) {
    return jdbc.sql(
            """
            SELECT COUNT(*), MIN(r.closes_at) FROM application a
            JOIN funding_round r ON r.id = a.round_id
            WHERE a.organisation_id = ? AND a.status = 'DRAFT' AND r.closes_at > ?""")
        .params(organisationId, now)
        .query((rs, n) -> new Drafts(rs.getInt(1), rs.getObject(2, OffsetDateTime.class)))
        .single();
  }

  List<ApplicationView> ofOrganisation(long organisationId) {
    return jdbc.sql(SELECT + " WHERE a.organisation_id = ? ORDER BY a.created_at DESC, a.id DESC")
        .param(organisationId)
        .query(mapper())
        .list();
  }

  List<ApplicationView> inStatus(ApplicationStatus status) {
    return jdbc.sql(SELECT + " WHERE a.status = ? ORDER BY a.created_at DESC, a.id DESC")
        .param(status.name())
        .query(mapper())
        .list();
  }

  List<ApplicationView> all() {
    return jdbc.sql(SELECT + " ORDER BY a.created_at DESC, a.id DESC").query(mapper()).list();
  }

  int countUndecided(long roundId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM application WHERE round_id = ? AND status IN ('SUBMITTED', 'ELIGIBLE')")
        .param(roundId)
        .query(Integer.class)
        .single();
  }

  Money approvedInRound(long roundId) {
    Long pence =
        jdbc.sql(
                "SELECT SUM(approved_pence) FROM application WHERE round_id = ? AND status IN ('APPROVED', 'OFFERED', 'ACCEPTED')")
            .param(roundId)
            .query(Long.class)
            .optional()
            .orElse(null);
    return pence == null ? Money.ZERO : Money.ofPence(pence);
  }

  /** Reads applications, loading each round (and its programme) once per query. */
  private org.springframework.jdbc.core.RowMapper<ApplicationView> mapper() {
    Map<Long, RoundView> rounds = new java.util.HashMap<>();
    return (rs, n) -> view(rs, rounds.computeIfAbsent(rs.getLong("round_id"), programmes::round));
  }

  private ApplicationView view(ResultSet rs, RoundView round) throws SQLException {
    long id = rs.getLong("id");
    long approved = rs.getLong("approved_pence");
    Money approvedAmount = rs.wasNull() ? null : Money.ofPence(approved);
    return new ApplicationView(
        id,
        rs.getString("reference"),
        round,
        rs.getLong("organisation_id"),
        rs.getString("org_public_id"),
        rs.getString("org_name"),
        rs.getString("title"),
        rs.getString("summary"),
        rs.getString("contact_name"),
        rs.getString("contact_email"),
        ApplicationStatus.valueOf(rs.getString("status")),
        amounts(id),
        answers(id, round),
        documents(id, round),
        rs.getObject("submitted_at", OffsetDateTime.class),
        rs.getString("submitted_by"),
        rs.getObject("screened_at", OffsetDateTime.class),
        rs.getString("screened_by"),
        rs.getString("screening_reason"),
        rs.getObject("withdrawn_at", OffsetDateTime.class),
        rs.getString("withdrawal_reason"),
        approvedAmount,
        rs.getString("conditions"),
        rs.getString("feedback"),
        rs.getString("award_public_id"),
        rs.getString("predecessor_award"),
        rs.getString("created_by"),
        rs.getObject("updated_at", OffsetDateTime.class),
        rs.getInt("version"));
  }

  private List<YearAmount> amounts(long id) {
    return jdbc.sql("SELECT * FROM application_amount WHERE application_id = ? ORDER BY year_index")
        .param(id)
        .query(
            (rs, n) ->
                new YearAmount(
                    rs.getInt("year_index"),
                    new FinancialYear(rs.getInt("financial_year")),
                    Money.ofPence(rs.getLong("amount_pence"))))
        .list();
  }

  private Map<String, String> answers(long id, RoundView round) {
    Map<Long, String> keys = new LinkedHashMap<>();
    round.programme().questions().forEach(q -> keys.put(q.id(), q.key()));
    Map<String, String> answers = new LinkedHashMap<>();
    jdbc.sql("SELECT question_id, answer FROM application_answer WHERE application_id = ?")
        .param(id)
        .query(
            (rs, n) -> {
              answers.put(keys.get(rs.getLong("question_id")), rs.getString("answer"));
              return null;
            })
        .list();
    return answers;
  }

  private List<DocumentView> documents(long id, RoundView round) {
    Map<Long, String> keys = new LinkedHashMap<>();
    round.programme().questions().forEach(q -> keys.put(q.id(), q.key()));
    List<DocumentView> documents = new ArrayList<>();
    jdbc.sql(
            """
            SELECT id, question_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
            FROM application_document WHERE application_id = ? ORDER BY id
            """)
        .param(id)
        .query(
            (rs, n) -> {
              long question = rs.getLong("question_id");
              documents.add(
                  new DocumentView(
                      rs.getLong("id"),
                      rs.wasNull() ? null : keys.get(question),
                      rs.getString("file_name"),
                      rs.getString("content_type"),
                      rs.getLong("size_bytes"),
                      rs.getString("sha256"),
                      rs.getString("uploaded_by"),
                      rs.getObject("uploaded_at", OffsetDateTime.class)));
              return null;
            })
        .list();
    return documents;
  }
}
