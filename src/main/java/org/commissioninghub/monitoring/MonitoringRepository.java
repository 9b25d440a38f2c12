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
      SELECT r.*, t.code AS template_code, o.name AS organisation_name, s.name AS service_name,
        s.contract_public_id AS service_contract
      FROM monitoring_return r
      JOIN monitored_service s ON s.id = r.service_id
      JOIN return_template t ON t.id = r.template_id
      LEFT JOIN organisation o ON o.id = r.organisation_id
      """;

  private static final String SERVICES =
      """
      SELECT s.*, t.code AS template_code, o.name AS organisation_name FROM monitored_service s
      JOIN return_template t ON t.id = s.template_id
      LEFT JOIN organisation o ON o.id = s.organisation_id
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

  boolean exists(long serviceId, ReturnPeriod period) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM monitoring_return WHERE service_id = ? AND financial_year = ? AND quarter = ?")
            .params(serviceId, period.year().startYear(), period.quarter())
            .query(Long.class)
            .single()
        > 0;
  }

  void insert(
      MonitoredService service,
      long templateId,
      ReturnPeriod period,
      LocalDate dueOn,
      String issuedBy,
      OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO monitoring_return (service_id, award_public_id, organisation_id, template_id,
              financial_year, quarter, due_on, status, issued_by, issued_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            service.id(),
            service.awardPublicId(),
            service.organisationId(),
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
    return jdbc.sql(RETURNS + where + " ORDER BY r.due_on, o.name, s.name")
        .query(this::monitoringReturn)
        .list();
  }

  java.util.Optional<MonitoringReturnView> find(long id) {
    return jdbc.sql(RETURNS + " WHERE r.id = ?").param(id).query(this::monitoringReturn).optional();
  }

  /** The same service's return for the quarter before, if it was issued. */
  java.util.Optional<MonitoringReturnView> previous(MonitoringReturnView r) {
    ReturnPeriod p = r.period();
    FinancialYear year = p.quarter() == 1 ? p.year().previous() : p.year();
    int quarter = p.quarter() == 1 ? 4 : p.quarter() - 1;
    return jdbc.sql(RETURNS + " WHERE r.service_id = ? AND r.financial_year = ? AND r.quarter = ?")
        .params(r.serviceId(), year.startYear(), quarter)
        .query(this::monitoringReturn)
        .optional();
  }

  List<MonitoringReturnView> returnsFor(String awardPublicId) {
    return jdbc.sql(RETURNS + " WHERE r.award_public_id = ? ORDER BY r.financial_year, r.quarter")
        .param(awardPublicId)
        .query(this::monitoringReturn)
        .list();
  }

  List<MonitoringReturnView> returnsOfService(long serviceId) {
    return jdbc.sql(RETURNS + " WHERE r.service_id = ? ORDER BY r.financial_year, r.quarter")
        .param(serviceId)
        .query(this::monitoringReturn)
        .list();
  }

  List<MonitoringReturnView> returnsOfYear(FinancialYear year) {
    return jdbc.sql(RETURNS + " WHERE r.financial_year = ? ORDER BY s.name, r.quarter")
        .param(year.startYear())
        .query(this::monitoringReturn)
        .list();
  }

  List<FinancialYear> years() {
    return jdbc
        .sql("SELECT DISTINCT financial_year FROM monitoring_return ORDER BY financial_year DESC")
        .query(Integer.class)
        .list()
        .stream()
        .map(FinancialYear::new)
        .toList();
  }

  Optional<MonitoredService> serviceForAward(String awardPublicId) {
    return jdbc.sql(SERVICES + " WHERE s.award_public_id = ?")
        .param(awardPublicId)
        .query(this::serviceRow)
        .optional();
  }

  Optional<MonitoredService> serviceForContract(String contractPublicId) {
    return jdbc.sql(SERVICES + " WHERE s.contract_public_id = ?")
        .param(contractPublicId)
        .query(this::serviceRow)
        .optional();
  }

  Optional<MonitoredService> service(long id) {
    return jdbc.sql(SERVICES + " WHERE s.id = ?").param(id).query(this::serviceRow).optional();
  }

  List<MonitoredService> services() {
    return jdbc.sql(SERVICES + " ORDER BY s.name").query(this::serviceRow).list();
  }

  long insertService(
      String awardPublicId,
      String contractPublicId,
      String name,
      Long organisationId,
      long templateId,
      ServiceSpecialism specialism,
      boolean victimService,
      OffsetDateTime now) {
    org.springframework.jdbc.support.KeyHolder keys =
        new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO monitored_service (award_public_id, contract_public_id, name,
              organisation_id, template_id, specialism, victim_service, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            awardPublicId,
            contractPublicId,
            name,
            organisationId,
            templateId,
            specialism.name(),
            victimService,
            now)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void updateService(
      long id, long templateId, ServiceSpecialism specialism, boolean victimService) {
    jdbc.sql(
            "UPDATE monitored_service SET template_id = ?, specialism = ?, victim_service = ? WHERE id = ?")
        .params(templateId, specialism.name(), victimService, id)
        .update();
  }

  void rate(long returnId, Rag rag, String reason, String by, OffsetDateTime at) {
    jdbc.sql(
            "UPDATE monitoring_return SET rag = ?, rag_reason = ?, rag_by = ?, rag_at = ? WHERE id = ?")
        .params(rag.name(), reason, by, at, returnId)
        .update();
  }

  /** When each return was first certified (or recorded), for "on time". */
  java.util.Map<Long, OffsetDateTime> firstCertified(java.util.Collection<Long> returnIds) {
    java.util.Map<Long, OffsetDateTime> at = new java.util.HashMap<>();
    if (returnIds.isEmpty()) {
      return at;
    }
    jdbc.sql(
            "SELECT return_id, MIN(certified_at) FROM return_submission WHERE return_id IN (:ids)"
                + " GROUP BY return_id")
        .param("ids", returnIds)
        .query(
            rs -> {
              at.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class));
            });
    return at;
  }

  private MonitoredService serviceRow(ResultSet rs, int n) throws SQLException {
    return new MonitoredService(
        rs.getLong("id"),
        rs.getString("award_public_id"),
        rs.getString("contract_public_id"),
        rs.getString("name"),
        rs.getObject("organisation_id", Long.class),
        rs.getString("organisation_name"),
        rs.getString("template_code"),
        ServiceSpecialism.valueOf(rs.getString("specialism")),
        rs.getBoolean("victim_service"));
  }

  private MonitoringReturnView monitoringReturn(ResultSet rs, int n) throws SQLException {
    String rag = rs.getString("rag");
    return new MonitoringReturnView(
        rs.getLong("id"),
        rs.getLong("service_id"),
        rs.getString("award_public_id"),
        rs.getString("service_contract"),
        rs.getString("service_name"),
        rs.getObject("organisation_id", Long.class),
        rs.getString("organisation_name"),
        rs.getString("template_code"),
        new ReturnPeriod(new FinancialYear(rs.getInt("financial_year")), rs.getInt("quarter")),
        rs.getObject("due_on", LocalDate.class),
        ReturnStatus.valueOf(rs.getString("status")),
        rag == null ? null : Rag.valueOf(rag),
        rs.getString("rag_reason"),
        rs.getString("recorded_note"));
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

  /**
   * Writes that a reminder was sent, once only: false when it was already written (by this or
   * another instance), so its emails are not queued again.
   */
  boolean recordReminder(long returnId, String kind, int recipients, OffsetDateTime at) {
    return jdbc.sql(
                "INSERT INTO return_reminder (return_id, kind, recipients, sent_at)"
                    + " SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM return_reminder"
                    + " WHERE return_id = ? AND kind = ?)")
            .params(returnId, kind, recipients, at, returnId, kind)
            .update()
        > 0;
  }
}
