package org.commissioninghub.reporting;

import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.organisations.OrganisationActivity;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every award (per year) and contract lot an organisation holds, newest year first. A read model
 * (organisations' {@code OrganisationActivity}): its whole job is its two queries, so it is its own
 * repository (issue 16).
 */
@Repository
class OrganisationFundingHistory implements OrganisationActivity {

  private final JdbcClient jdbc;

  OrganisationFundingHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Entry> of(long organisationId) {
    List<Entry> entries = new ArrayList<>();
    jdbc.sql(
            """
            SELECT a.public_id, a.title, a.kind, a.status, l.financial_year, SUM(l.amount_pence) AS total
            FROM award a JOIN award_line l ON l.award_id = a.id
            WHERE a.organisation_id = ?
            GROUP BY a.public_id, a.title, a.kind, a.status, l.financial_year
            ORDER BY l.financial_year DESC, a.title""")
        .param(organisationId)
        .query(
            rs -> {
              entries.add(
                  new Entry(
                      switch (rs.getString("kind")) {
                        case "GRANT" -> "Grant";
                        case "CONTRACT" -> "Contract funding";
                        default -> "Internal cost";
                      },
                      rs.getString("title"),
                      new FinancialYear(rs.getInt("financial_year")).label(),
                      "/awards/" + rs.getString("public_id"),
                      Money.ofPence(rs.getLong("total")),
                      rs.getString("status")));
            });
    jdbc.sql(
            """
            SELECT c.public_id, c.title, c.status, c.commissioned_year, l.lot_name, l.value_pence
            FROM contract c JOIN contract_lot l ON l.contract_id = c.id
            WHERE l.supplier_id = ? ORDER BY c.start_date DESC""")
        .param(organisationId)
        .query(
            rs -> {
              long value = rs.getLong("value_pence");
              boolean noValue = rs.wasNull();
              int year = rs.getInt("commissioned_year");
              boolean noYear = rs.wasNull();
              entries.add(
                  new Entry(
                      "Contract",
                      rs.getString("title") + " (" + rs.getString("lot_name") + ")",
                      noYear ? "" : "commissioned " + new FinancialYear(year).label(),
                      "/contracts/" + rs.getString("public_id"),
                      noValue ? null : Money.ofPence(value),
                      rs.getString("status")));
            });
    return entries;
  }
}
