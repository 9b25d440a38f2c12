package org.commissioninghub.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.shared.FinancialYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MonitoringRepository {

  private static final String RETURNS =
      """
      SELECT r.*, t.code AS template_code, o.name AS organisation_name, a.title AS award_title
      FROM monitoring_return r
      JOIN return_template t ON t.id = r.template_id
      JOIN organisation o ON o.id = r.organisation_id
      LEFT JOIN award a ON a.public_id = r.award_public_id
      """;

  private final JdbcClient jdbc;

  MonitoringRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<MetricDefinition> measures() {
    return jdbc.sql("SELECT * FROM metric_definition ORDER BY position, id")
        .query(this::metric)
        .list();
  }

  List<ReturnTemplate> templates() {
    return jdbc
        .sql("SELECT code FROM return_template ORDER BY name")
        .query(String.class)
        .list()
        .stream()
        .map(code -> template(code).orElseThrow())
        .toList();
  }

  Optional<ReturnTemplate> template(String code) {
    List<MetricDefinition> metrics =
        jdbc.sql(
                """
                SELECT m.* FROM return_template_metric tm
                JOIN return_template t ON t.id = tm.template_id
                JOIN metric_definition m ON m.id = tm.metric_id
                WHERE t.code = ? ORDER BY tm.position, m.id""")
            .param(code)
            .query(this::metric)
            .list();
    return jdbc.sql("SELECT * FROM return_template WHERE code = ?")
        .param(code)
        .query(
            (rs, n) ->
                new ReturnTemplate(
                    rs.getLong("id"),
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("description"),
                    metrics))
        .optional();
  }

  boolean exists(String awardPublicId, ReturnPeriod period) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM monitoring_return WHERE award_public_id = ? AND financial_year = ? AND quarter = ?")
            .params(awardPublicId, period.year().startYear(), period.quarter())
            .query(Long.class)
            .single()
        > 0;
  }

  void insert(
      String awardPublicId,
      long organisationId,
      long templateId,
      ReturnPeriod period,
      LocalDate dueOn,
      String issuedBy,
      OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO monitoring_return (award_public_id, organisation_id, template_id,
              financial_year, quarter, due_on, status, issued_by, issued_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            awardPublicId,
            organisationId,
            templateId,
            period.year().startYear(),
            period.quarter(),
            dueOn,
            ReturnStatus.DUE.name(),
            issuedBy,
            now)
        .update();
  }

  List<MonitoringReturnView> returns(Long organisationId) {
    String where = organisationId == null ? "" : " WHERE r.organisation_id = " + organisationId;
    return jdbc.sql(RETURNS + where + " ORDER BY r.due_on, o.name, r.award_public_id")
        .query(this::monitoringReturn)
        .list();
  }

  java.util.Optional<MonitoringReturnView> find(long id) {
    return jdbc.sql(RETURNS + " WHERE r.id = ?").param(id).query(this::monitoringReturn).optional();
  }

  /** The same award's return for the quarter before, if it was issued. */
  java.util.Optional<MonitoringReturnView> previous(MonitoringReturnView r) {
    ReturnPeriod p = r.period();
    FinancialYear year = p.quarter() == 1 ? p.year().previous() : p.year();
    int quarter = p.quarter() == 1 ? 4 : p.quarter() - 1;
    return jdbc.sql(
            RETURNS + " WHERE r.award_public_id = ? AND r.financial_year = ? AND r.quarter = ?")
        .params(r.awardPublicId(), year.startYear(), quarter)
        .query(this::monitoringReturn)
        .optional();
  }

  List<MonitoringReturnView> returnsFor(String awardPublicId) {
    return jdbc.sql(RETURNS + " WHERE r.award_public_id = ? ORDER BY r.financial_year, r.quarter")
        .param(awardPublicId)
        .query(this::monitoringReturn)
        .list();
  }

  private MonitoringReturnView monitoringReturn(ResultSet rs, int n) throws SQLException {
    return new MonitoringReturnView(
        rs.getLong("id"),
        rs.getString("award_public_id"),
        rs.getString("award_title"),
        rs.getLong("organisation_id"),
        rs.getString("organisation_name"),
        rs.getString("template_code"),
        new ReturnPeriod(new FinancialYear(rs.getInt("financial_year")), rs.getInt("quarter")),
        rs.getObject("due_on", LocalDate.class),
        ReturnStatus.valueOf(rs.getString("status")));
  }

  private MetricDefinition metric(ResultSet rs, int n) throws SQLException {
    String moj = rs.getString("moj_outcome");
    return new MetricDefinition(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("label"),
        rs.getString("section"),
        Unit.valueOf(rs.getString("unit")),
        Aggregation.valueOf(rs.getString("aggregation")),
        MetricKind.valueOf(rs.getString("kind")),
        moj == null ? null : MojOutcome.valueOf(moj),
        rs.getString("denominator_code"),
        rs.getInt("position"));
  }
}
