package org.commissioninghub.funding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BudgetRepository {

  private final JdbcClient jdbc;

  BudgetRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void lockLine(long id) {
    org.commissioninghub.shared.RowLocks.lock(jdbc, "budget_line", java.util.List.of(id));
  }

  List<BudgetLineView> lines(FinancialYear year) {
    return jdbc.sql("SELECT * FROM budget_line WHERE financial_year = ? ORDER BY position, id")
        .param(year.startYear())
        .query(this::mapLine)
        .list();
  }

  List<FinancialYear> years() {
    return jdbc
        .sql("SELECT DISTINCT financial_year FROM budget_line ORDER BY financial_year DESC")
        .query(Integer.class)
        .list()
        .stream()
        .map(FinancialYear::new)
        .toList();
  }

  Optional<BudgetLineView> line(String publicId) {
    return jdbc.sql("SELECT * FROM budget_line WHERE public_id = ?")
        .param(publicId)
        .query(this::mapLine)
        .optional();
  }

  boolean exists(FinancialYear year, String name) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM budget_line WHERE financial_year = ? AND LOWER(name) = LOWER(?)")
            .params(year.startYear(), name)
            .query(Long.class)
            .single()
        > 0;
  }

  boolean publicIdExists(String publicId) {
    return jdbc.sql("SELECT COUNT(*) FROM budget_line WHERE public_id = ?")
            .param(publicId)
            .query(Long.class)
            .single()
        > 0;
  }

  void insertLine(
      String publicId,
      FinancialYear year,
      String name,
      Money budget,
      Money outturn,
      String source,
      OffsetDateTime now) {
    int position =
        jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM budget_line WHERE financial_year = ?")
            .param(year.startYear())
            .query(Integer.class)
            .single();
    jdbc.sql(
            """
            INSERT INTO budget_line (public_id, financial_year, position, name, budget_pence,
              outturn_pence, outturn_source, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            publicId,
            year.startYear(),
            position,
            name,
            budget.pence(),
            outturn == null ? null : outturn.pence(),
            source,
            now,
            now)
        .update();
  }

  boolean recordOutturn(
      long id, int expectedVersion, Money outturn, String source, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE budget_line SET outturn_pence = ?, outturn_source = ?, updated_at = ?,
                  version = version + 1 WHERE id = ? AND version = ?""")
            .params(outturn.pence(), source, now, id, expectedVersion)
            .update()
        == 1;
  }

  List<YearEndDecisionView> decisions(FinancialYear year) {
    return jdbc.sql(
            """
            SELECT d.*, b.public_id AS line_id, b.name AS line_name, s.public_id AS stream_public_id,
              s.name AS stream_name, t.public_id AS to_stream_public_id
            FROM year_end_decision d
            LEFT JOIN budget_line b ON b.id = d.budget_line_id
            LEFT JOIN funding_stream s ON s.id = d.stream_id
            LEFT JOIN funding_stream t ON t.id = d.to_stream_id
            WHERE d.financial_year = ? ORDER BY d.decided_on, d.id""")
        .param(year.startYear())
        .query(
            (rs, n) ->
                new YearEndDecisionView(
                    rs.getLong("id"),
                    new FinancialYear(rs.getInt("financial_year")),
                    rs.getString("line_id"),
                    rs.getString("stream_public_id"),
                    rs.getString("line_id") != null
                        ? rs.getString("line_name")
                        : rs.getString("stream_name"),
                    YearEndOutcome.valueOf(rs.getString("outcome")),
                    Money.ofPence(rs.getLong("amount_pence")),
                    rs.getString("to_stream_public_id"),
                    rs.getString("reasons"),
                    rs.getString("decided_by"),
                    rs.getObject("decided_on", LocalDate.class)))
        .list();
  }

  void insertDecision(
      FinancialYear year,
      Long budgetLineId,
      Long streamId,
      YearEndOutcome outcome,
      Money amount,
      Long toStreamId,
      String reasons,
      String decidedBy,
      LocalDate decidedOn,
      OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO year_end_decision (financial_year, stream_id, budget_line_id, outcome,
              amount_pence, to_stream_id, reasons, decided_by, decided_on, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            year.startYear(),
            streamId,
            budgetLineId,
            outcome.name(),
            amount.pence(),
            toStreamId,
            reasons,
            decidedBy,
            decidedOn,
            now)
        .update();
  }

  private BudgetLineView mapLine(ResultSet rs, int n) throws SQLException {
    long outturn = rs.getLong("outturn_pence");
    boolean none = rs.wasNull();
    return new BudgetLineView(
        rs.getLong("id"),
        rs.getString("public_id"),
        new FinancialYear(rs.getInt("financial_year")),
        rs.getInt("position"),
        rs.getString("name"),
        Money.ofPence(rs.getLong("budget_pence")),
        none ? null : Money.ofPence(outturn),
        rs.getString("outturn_source"),
        rs.getInt("version"));
  }
}
