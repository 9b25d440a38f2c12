package org.commissioninghub.crimereduction;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.programmes.CrimeReductionGrantSplit;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.RowLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The allocations and projects of the Crime Reduction Grant, as stored. */
@Repository
class CrimeReductionRepository {

  /** An allocation's own columns; the service adds its rounds and business cases. */
  record AllocationRow(
      long id,
      long cspId,
      FinancialYear year,
      CrimeReductionGrantSplit split,
      long upfrontRoundId,
      long tacticalRoundId,
      Money underspend,
      OffsetDateTime closedAt,
      String closedBy) {}

  /** A project to record; a third party's has no allocation. */
  private final JdbcClient jdbc;

  CrimeReductionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<AllocationRow> allocations() {
    return jdbc.sql("SELECT * FROM crime_reduction_allocation ORDER BY financial_year DESC, id")
        .query(CrimeReductionRepository::row)
        .list();
  }

  Optional<AllocationRow> allocation(long id) {
    return jdbc.sql("SELECT * FROM crime_reduction_allocation WHERE id = ?")
        .param(id)
        .query(CrimeReductionRepository::row)
        .optional();
  }

  Optional<Long> allocationOf(long cspId, FinancialYear year) {
    return jdbc.sql(
            "SELECT id FROM crime_reduction_allocation WHERE csp_id = ? AND financial_year = ?")
        .params(cspId, year.startYear())
        .query(Long.class)
        .optional();
  }

  long insertAllocation(
      long cspId,
      FinancialYear year,
      CrimeReductionGrantSplit split,
      long programmeId,
      long upfrontRoundId,
      long tacticalRoundId) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO crime_reduction_allocation (csp_id, financial_year, total_pence, upfront_pence, tactical_pence,
              programme_id, upfront_round_id, tactical_round_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            cspId,
            year.startYear(),
            split.total().pence(),
            split.upfront().pence(),
            split.tactical().pence(),
            programmeId,
            upfrontRoundId,
            tacticalRoundId)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /**
   * Closes an open allocation (compare-and-set on its being open): false if it was closed by
   * someone else first. A move the status table does not allow is refused.
   */
  boolean close(long id, AllocationStatus from, Money underspend, OffsetDateTime at, String by) {
    if (!from.canMoveTo(AllocationStatus.CLOSED)) {
      throw new org.commissioninghub.shared.ConflictException(
          "CRG-MOVE", "An allocation that is " + from.label() + " cannot be closed");
    }
    return jdbc.sql(
                "UPDATE crime_reduction_allocation SET underspend_pence = ?, closed_at = ?, closed_by = ? WHERE id = ? AND closed_at IS NULL")
            .params(underspend.pence(), at, by, id)
            .update()
        == 1;
  }

  /**
   * What the allocation has left for projects, read under its lock: the lock is held until the
   * transaction ends, so parallel projects cannot overspend the pot.
   */
  Money leftForProjects(long allocationId) {
    RowLocks.lock(jdbc, "crime_reduction_allocation", List.of(allocationId));
    return jdbc.sql(
            """
            SELECT a.total_pence - COALESCE((SELECT SUM(p.amount_pence) FROM crime_reduction_project p
              WHERE p.allocation_id = a.id), 0) FROM crime_reduction_allocation a WHERE a.id = ?""")
        .param(allocationId)
        .query((rs, n) -> Money.ofPence(rs.getLong(1)))
        .single();
  }

  /** A project, paid from an allocation (or, with none, by the PCC directly). */
  long insertProject(
      ProjectCommand p, Long allocationId, long organisationId, String by, OffsetDateTime at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO crime_reduction_project (financial_year, allocation_id, organisation_id, title,
              amount_pence, plan_priority, theme, illustrative, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            p.year().startYear(),
            allocationId,
            organisationId,
            p.title(),
            p.amount().pence(),
            p.planPriority(),
            p.theme(),
            p.illustrative(),
            by,
            at)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  List<ProjectView> projects(FinancialYear year) {
    return jdbc.sql(
            """
            SELECT p.*, o.name AS organisation_name, c.name AS csp_name
            FROM crime_reduction_project p JOIN organisation o ON o.id = p.organisation_id
            LEFT JOIN crime_reduction_allocation a ON a.id = p.allocation_id
            LEFT JOIN organisation c ON c.id = a.csp_id
            WHERE p.financial_year = ? ORDER BY c.name, o.name, p.id""")
        .param(year.startYear())
        .query(
            (rs, n) ->
                new ProjectView(
                    rs.getLong("id"),
                    year,
                    rs.getString("csp_name"),
                    rs.getString("organisation_name"),
                    rs.getString("title"),
                    Money.ofPence(rs.getLong("amount_pence")),
                    rs.getString("plan_priority"),
                    rs.getString("theme"),
                    rs.getBoolean("illustrative")))
        .list();
  }

  /** How many allocations the year has, and their total. */
  long[] allocationsIn(FinancialYear year) {
    return jdbc.sql(
            "SELECT COUNT(*), COALESCE(SUM(total_pence), 0) FROM crime_reduction_allocation WHERE financial_year = ?")
        .param(year.startYear())
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }

  private static AllocationRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    long underspend = rs.getLong("underspend_pence");
    Money underspendMoney = rs.wasNull() ? null : Money.ofPence(underspend);
    return new AllocationRow(
        rs.getLong("id"),
        rs.getLong("csp_id"),
        new FinancialYear(rs.getInt("financial_year")),
        new CrimeReductionGrantSplit(
            Money.ofPence(rs.getLong("total_pence")),
            Money.ofPence(rs.getLong("upfront_pence")),
            Money.ofPence(rs.getLong("tactical_pence"))),
        rs.getLong("upfront_round_id"),
        rs.getLong("tactical_round_id"),
        underspendMoney,
        rs.getObject("closed_at", OffsetDateTime.class),
        rs.getString("closed_by"));
  }
}
