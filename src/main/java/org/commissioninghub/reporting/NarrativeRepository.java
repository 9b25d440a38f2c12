package org.commissioninghub.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every saved version of a report's words (report_narrative). */
@Repository
class NarrativeRepository {

  private final JdbcClient jdbc;

  NarrativeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest version of each section of a report's year that has words. */
  List<Narrative> latest(String report, FinancialYear year) {
    return jdbc.sql(
            """
            SELECT * FROM report_narrative n WHERE n.report = ? AND n.financial_year = ?
              AND n.version = (SELECT MAX(m.version) FROM report_narrative m WHERE m.report = n.report
                AND m.financial_year = n.financial_year AND m.section = n.section)""")
        .params(report, year.startYear())
        .query(NarrativeRepository::narrative)
        .list();
  }

  /** Every version of a section, newest first. */
  List<Narrative> history(String report, FinancialYear year, String section) {
    return jdbc.sql(
            """
            SELECT * FROM report_narrative WHERE report = ? AND financial_year = ? AND section = ?
            ORDER BY version DESC""")
        .params(report, year.startYear(), section)
        .query(NarrativeRepository::narrative)
        .list();
  }

  void insert(
      String report,
      FinancialYear year,
      String section,
      int version,
      String body,
      String by,
      OffsetDateTime at) {
    jdbc.sql(
            """
            INSERT INTO report_narrative (report, financial_year, section, version, body, written_by,
              written_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(report, year.startYear(), section, version, body, by, at)
        .update();
  }

  private static Narrative narrative(ResultSet rs, int n) throws SQLException {
    return new Narrative(
        rs.getString("section"),
        rs.getInt("version"),
        rs.getString("body"),
        rs.getString("written_by"),
        rs.getObject("written_at", OffsetDateTime.class));
  }
}
