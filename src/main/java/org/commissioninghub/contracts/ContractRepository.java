package org.commissioninghub.contracts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ContractRepository {

  private final JdbcClient jdbc;

  ContractRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ContractView> findAll() {
    List<ContractView> headers =
        jdbc.sql("SELECT * FROM contract ORDER BY start_date DESC NULLS LAST, title")
            .query(this::header)
            .list();
    return withLots(headers);
  }

  Optional<ContractView> find(String publicId) {
    return jdbc.sql("SELECT * FROM contract WHERE public_id = ?")
        .param(publicId)
        .query(this::header)
        .optional()
        .map(c -> withLots(List.of(c)).get(0));
  }

  boolean exists(String publicId) {
    return jdbc.sql("SELECT COUNT(*) FROM contract WHERE public_id = ?")
            .param(publicId)
            .query(Long.class)
            .single()
        > 0;
  }

  long insert(String publicId, ContractCommand c, OffsetDateTime now) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO contract (public_id, title, service_description, commissioned_year, award_date,
              start_date, initial_term_months, initial_end_date, extension_months, max_extensions,
              annual_value_pence, total_value_pence, payment_frequency, status, ended_on, notes,
              procurement_route, notice_months, recommissioning_lead_months, victim_service,
              created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(values(publicId, c, now))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  boolean update(long id, int version, ContractCommand c, OffsetDateTime now) {
    List<Object> params = new ArrayList<>(columns(c));
    params.addAll(List.of(now, id, version));
    return jdbc.sql(
                """
                UPDATE contract SET title = ?, service_description = ?, commissioned_year = ?,
                  award_date = ?, start_date = ?, initial_term_months = ?, initial_end_date = ?,
                  extension_months = ?, max_extensions = ?, annual_value_pence = ?,
                  total_value_pence = ?, payment_frequency = ?, status = ?, ended_on = ?, notes = ?,
                  procurement_route = ?, notice_months = ?, recommissioning_lead_months = ?,
                  victim_service = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""")
            .params(params)
            .update()
        == 1;
  }

  void insertLot(long contractId, String lotName, long supplierId, Money value, Long awardId) {
    jdbc.sql(
            "INSERT INTO contract_lot (contract_id, lot_name, supplier_id, value_pence, award_id) VALUES (?, ?, ?, ?, ?)")
        .params(contractId, lotName, supplierId, pence(value), awardId)
        .update();
  }

  void deleteLots(long contractId) {
    jdbc.sql("DELETE FROM contract_lot WHERE contract_id = ?").param(contractId).update();
  }

  private static List<Object> values(String publicId, ContractCommand c, OffsetDateTime now) {
    List<Object> values = new ArrayList<>();
    values.add(publicId);
    values.addAll(columns(c));
    values.add(now);
    values.add(now);
    return values;
  }

  /**
   * The contract's columns, in the order both INSERT and UPDATE list them; the command is {@link
   * ContractCommand#settled settled}, so nothing it leaves unsaid is written as null.
   */
  private static List<Object> columns(ContractCommand c) {
    ContractCommand.Details d = c.details();
    ContractCommand.Term t = c.term();
    return Arrays.asList(
        d.title(),
        d.serviceDescription(),
        d.commissionedYear() == null ? null : d.commissionedYear().startYear(),
        d.awardDate(),
        t.start(),
        t.initialTermMonths(),
        t.initialEnd(),
        t.extensionMonths(),
        t.maxExtensions(),
        pence(c.value().annual()),
        pence(c.value().total()),
        c.value().paymentFrequency() == null ? null : c.value().paymentFrequency().name(),
        c.status().name(),
        c.endedOn(),
        d.notes(),
        d.procurementRoute() == null ? null : d.procurementRoute().name(),
        t.noticeMonths(),
        t.recommissioningLeadMonths(),
        d.victimService());
  }

  private List<ContractView> withLots(List<ContractView> headers) {
    if (headers.isEmpty()) {
      return List.of();
    }
    Map<Long, List<ContractLotView>> lots = new HashMap<>();
    jdbc.sql(
            """
            SELECT l.*, o.public_id AS supplier_public_id, o.name AS supplier_name, a.public_id AS award_public_id
            FROM contract_lot l JOIN organisation o ON o.id = l.supplier_id
            LEFT JOIN award a ON a.id = l.award_id ORDER BY l.id""")
        .query(
            rs -> {
              lots.computeIfAbsent(rs.getLong("contract_id"), k -> new ArrayList<>())
                  .add(
                      new ContractLotView(
                          rs.getLong("id"),
                          rs.getString("lot_name"),
                          rs.getString("supplier_public_id"),
                          rs.getString("supplier_name"),
                          money(rs, "value_pence"),
                          rs.getString("award_public_id")));
            });
    return headers.stream()
        .map(
            c ->
                new ContractView(
                    c.id(),
                    c.publicId(),
                    c.title(),
                    c.serviceDescription(),
                    c.commissionedYear(),
                    c.awardDate(),
                    c.startDate(),
                    c.initialTermMonths(),
                    c.initialEndDate(),
                    c.extensionMonths(),
                    c.maxExtensions(),
                    c.annualValue(),
                    c.totalValue(),
                    c.paymentFrequency(),
                    c.status(),
                    c.endedOn(),
                    c.notes(),
                    c.procurementRoute(),
                    c.noticeMonths(),
                    c.recommissioningLeadMonths(),
                    c.recommissioningStage(),
                    lots.getOrDefault(c.id(), List.of()),
                    c.version(),
                    c.victimService()))
        .toList();
  }

  private ContractView header(ResultSet rs, int n) throws SQLException {
    int commissioned = rs.getInt("commissioned_year");
    FinancialYear year = rs.wasNull() ? null : new FinancialYear(commissioned);
    String frequency = rs.getString("payment_frequency");
    String route = rs.getString("procurement_route");
    return new ContractView(
        rs.getLong("id"),
        rs.getString("public_id"),
        rs.getString("title"),
        rs.getString("service_description"),
        year,
        rs.getObject("award_date", LocalDate.class),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("initial_term_months", Integer.class),
        rs.getObject("initial_end_date", LocalDate.class),
        rs.getObject("extension_months", Integer.class),
        rs.getInt("max_extensions"),
        money(rs, "annual_value_pence"),
        money(rs, "total_value_pence"),
        frequency == null ? null : PaymentFrequency.valueOf(frequency),
        ContractStatus.valueOf(rs.getString("status")),
        rs.getObject("ended_on", LocalDate.class),
        rs.getString("notes"),
        route == null ? null : ProcurementRoute.valueOf(route),
        rs.getInt("notice_months"),
        rs.getInt("recommissioning_lead_months"),
        RecommissioningStage.valueOf(rs.getString("recommissioning_stage")),
        List.of(),
        rs.getInt("version"),
        rs.getBoolean("victim_service"));
  }

  private static Long pence(Money money) {
    return money == null ? null : money.pence();
  }

  private static Money money(ResultSet rs, String column) throws SQLException {
    long pence = rs.getLong(column);
    return rs.wasNull() ? null : Money.ofPence(pence);
  }

  /** The contract lots an award funds, for the award's page. */
  List<org.commissioninghub.awards.AwardUses.Use> lotsFundedBy(long awardId) {
    return jdbc.sql(
            """
            SELECT c.public_id, c.title, l.lot_name FROM contract_lot l JOIN contract c ON c.id = l.contract_id
            WHERE l.award_id = ? ORDER BY c.title""")
        .param(awardId)
        .query(
            (rs, n) ->
                new org.commissioninghub.awards.AwardUses.Use(
                    "Contract",
                    rs.getString("title") + " (" + rs.getString("lot_name") + ")",
                    "/contracts/" + rs.getString("public_id")))
        .list();
  }
}
