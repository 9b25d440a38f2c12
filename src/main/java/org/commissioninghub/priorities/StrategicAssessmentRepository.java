package org.commissioninghub.priorities;

import java.time.OffsetDateTime;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The issues the district CSPs' strategic assessments found (strategic_assessment_issue). */
@Repository
class StrategicAssessmentRepository {

  /** One CSP's naming of one issue, as the county table counts it. */
  record Named(String issue, String csp, NamedAs namedAs, boolean illustrative) {}

  private final JdbcClient jdbc;

  StrategicAssessmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean recorded(FinancialYear year, long cspId, String issue) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM strategic_assessment_issue WHERE financial_year = ? AND csp_id = ? AND LOWER(issue) = LOWER(?)")
            .params(year.startYear(), cspId, issue)
            .query(Integer.class)
            .single()
        > 0;
  }

  void insert(AssessmentCommand c, long cspId, String by, OffsetDateTime at) {
    jdbc.sql(
            """
            INSERT INTO strategic_assessment_issue (financial_year, csp_id, issue, named_as, illustrative,
              recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            c.year().startYear(), cspId, c.issue(), c.namedAs().name(), c.illustrative(), by, at)
        .update();
  }

  /** The year's namings, by partnership name and in the order recorded. */
  List<Named> of(FinancialYear year) {
    return jdbc.sql(
            """
            SELECT s.issue, s.named_as, s.illustrative, o.name FROM strategic_assessment_issue s
            JOIN organisation o ON o.id = s.csp_id WHERE s.financial_year = ? ORDER BY o.name, s.id""")
        .param(year.startYear())
        .query(
            (rs, n) ->
                new Named(
                    rs.getString("issue"),
                    rs.getString("name"),
                    NamedAs.valueOf(rs.getString("named_as")),
                    rs.getBoolean("illustrative")))
        .list();
  }
}
