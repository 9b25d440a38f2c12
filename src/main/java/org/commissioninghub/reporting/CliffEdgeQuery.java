package org.commissioninghub.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The funding cliff edge for a date, in two grouped queries. */
@Service
public class CliffEdgeQuery {

  private final JdbcClient jdbc;

  CliffEdgeQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public CliffEdge on(LocalDate date) {
    Map<String, List<CliffEdge.Stream>> streams = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT s.public_id, s.name, COALESCE(s.reported_as, s.name) AS line, src.name AS source_name,
              s.financial_year, s.amount_pence, s.ceases_on
            FROM funding_stream s JOIN funding_source src ON src.id = s.source_id
            WHERE s.ceases_on IS NOT NULL AND s.ceases_on <= ?
            ORDER BY s.ceases_on, s.display_order, s.name, s.financial_year
            """)
        .param(date)
        .query(
            rs -> {
              long received = rs.getLong("amount_pence");
              boolean unknown = rs.wasNull();
              streams
                  .computeIfAbsent(rs.getString("line"), k -> new ArrayList<>())
                  .add(
                      new CliffEdge.Stream(
                          rs.getString("public_id"),
                          rs.getString("name"),
                          rs.getString("source_name"),
                          new FinancialYear(rs.getInt("financial_year")),
                          unknown ? null : Money.ofPence(received),
                          rs.getObject("ceases_on", LocalDate.class)));
            });
    Map<String, List<CliffEdge.Dependant>> dependants = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT COALESCE(s.reported_as, s.name) AS line, s.name AS stream_name,
              l.financial_year, l.amount_pence, a.public_id AS award_id, a.title AS award_title,
              o.public_id AS org_id, o.name AS org_name,
              (SELECT MIN(c.public_id) FROM contract_lot cl JOIN contract c ON c.id = cl.contract_id
                WHERE cl.award_id = a.id) AS contract_id,
              (SELECT MIN(c.title) FROM contract_lot cl JOIN contract c ON c.id = cl.contract_id
                WHERE cl.award_id = a.id) AS contract_title
            FROM award_line l
            JOIN funding_stream s ON s.id = l.stream_id
            JOIN award a ON a.id = l.award_id
            JOIN organisation o ON o.id = a.organisation_id
            WHERE s.ceases_on IS NOT NULL AND s.ceases_on <= ?
            ORDER BY l.amount_pence DESC, o.name, a.public_id
            """)
        .param(date)
        .query(
            rs -> {
              dependants
                  .computeIfAbsent(rs.getString("line"), k -> new ArrayList<>())
                  .add(
                      new CliffEdge.Dependant(
                          rs.getString("org_id"),
                          rs.getString("org_name"),
                          rs.getString("award_id"),
                          rs.getString("award_title"),
                          rs.getString("contract_id"),
                          rs.getString("contract_title"),
                          rs.getString("stream_name"),
                          new FinancialYear(rs.getInt("financial_year")),
                          Money.ofPence(rs.getLong("amount_pence"))));
            });
    List<CliffEdge.FundingLine> lines = new ArrayList<>();
    streams.forEach(
        (name, list) ->
            lines.add(
                new CliffEdge.FundingLine(name, list, dependants.getOrDefault(name, List.of()))));
    return new CliffEdge(date, lines);
  }
}
