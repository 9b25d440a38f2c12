package org.commissioninghub.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ContinuationRepository {

  private static final String SELECT =
      "SELECT c.*, o.name AS org_name FROM continuation c JOIN organisation o ON o.id = c.organisation_id";

  private final JdbcClient jdbc;

  ContinuationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void lock(long id) {
    org.commissioninghub.shared.RowLocks.lock(jdbc, "continuation", java.util.List.of(id));
  }

  long insert(
      String predecessor,
      long organisationId,
      FinancialYear year,
      String performance,
      String compliance,
      ContinuationView.Basis basis,
      String decidedBy,
      OffsetDateTime at,
      String letter,
      String sentTo,
      LocalDate respondBy,
      String successor,
      String programme,
      List<ContinuationView.Line> lines) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO continuation (predecessor_award, organisation_id, financial_year, performance_evidence,
              compliance_evidence, basis, decided_by, decided_at, letter, sent_to, respond_by, successor_award, programme)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            predecessor,
            organisationId,
            year.startYear(),
            performance,
            compliance,
            basis.name(),
            decidedBy,
            at,
            letter,
            sentTo,
            respondBy,
            successor,
            programme)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (ContinuationView.Line l : lines) {
      jdbc.sql(
              "INSERT INTO continuation_line (continuation_id, stream_id, category, amount_pence, posts) VALUES (?, ?, ?, ?, ?)")
          .params(id, l.streamId(), l.category(), l.amount().pence(), l.posts())
          .update();
    }
    return id;
  }

  void answer(long id, String by, OffsetDateTime at, boolean accepted, String successor) {
    jdbc.sql(
            "UPDATE continuation SET responded_at = ?, responded_by = ?, accepted = ?, successor_award = COALESCE(?, successor_award) WHERE id = ?")
        .params(at, by, accepted, successor, id)
        .update();
  }

  /** Offered but not yet answered, so not yet in any award line. */
  Money pendingFrom(long streamId) {
    return Money.ofPence(
        jdbc.sql(
                """
                SELECT COALESCE(SUM(l.amount_pence), 0) FROM continuation_line l
                JOIN continuation c ON c.id = l.continuation_id WHERE l.stream_id = ? AND c.responded_at IS NULL
                """)
            .param(streamId)
            .query(Long.class)
            .single());
  }

  Optional<ContinuationView> find(long id) {
    return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(this::view).optional();
  }

  Optional<ContinuationView> forPredecessor(String predecessor) {
    return jdbc.sql(SELECT + " WHERE c.predecessor_award = ?")
        .param(predecessor)
        .query(this::view)
        .optional();
  }

  List<ContinuationView> all() {
    return jdbc.sql(SELECT + " ORDER BY c.financial_year DESC, o.name").query(this::view).list();
  }

  private ContinuationView view(ResultSet rs, int n) throws SQLException {
    long id = rs.getLong("id");
    return new ContinuationView(
        id,
        rs.getString("predecessor_award"),
        rs.getLong("organisation_id"),
        rs.getString("org_name"),
        new FinancialYear(rs.getInt("financial_year")),
        rs.getString("performance_evidence"),
        rs.getString("compliance_evidence"),
        ContinuationView.Basis.valueOf(rs.getString("basis")),
        rs.getString("decided_by"),
        rs.getObject("decided_at", OffsetDateTime.class),
        rs.getString("letter"),
        rs.getString("sent_to"),
        rs.getObject("respond_by", LocalDate.class),
        rs.getObject("responded_at", OffsetDateTime.class),
        rs.getString("responded_by"),
        rs.getObject("accepted", Boolean.class),
        rs.getString("successor_award"),
        rs.getString("programme"),
        lines(id));
  }

  private List<ContinuationView.Line> lines(long id) {
    return jdbc.sql(
            """
            SELECT l.*, s.public_id, s.name FROM continuation_line l JOIN funding_stream s ON s.id = l.stream_id
            WHERE l.continuation_id = ? ORDER BY s.display_order, l.category
            """)
        .param(id)
        .query(
            (rs, n) ->
                new ContinuationView.Line(
                    rs.getLong("stream_id"),
                    rs.getString("public_id"),
                    rs.getString("name"),
                    rs.getString("category"),
                    Money.ofPence(rs.getLong("amount_pence")),
                    rs.getString("posts")))
        .list();
  }

  /** Continuations offered to one organisation and not yet answered, earliest reply date. */
  DecisionRepository.Waiting awaitingAnswer(long organisationId) {
    return jdbc.sql(
            "SELECT COUNT(*) AS n, MIN(respond_by) AS earliest FROM continuation WHERE responded_at IS NULL AND organisation_id = ?")
        .param(organisationId)
        .query(
            (rs, n) ->
                new DecisionRepository.Waiting(
                    rs.getInt("n"), rs.getObject("earliest", LocalDate.class)))
        .single();
  }
}
