package org.commissioninghub.priorities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commissioninghub.shared.FinancialYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The agreement's actions and their updates (csa_action, csa_action_update). */
@Repository
class ActionRepository {

  private static final String SELECT =
      """
      SELECT a.*, p.public_id AS plan_public_id, p.version_label AS plan_version,
        o.name AS partnership_name
      FROM csa_action a JOIN priority_plan p ON p.id = a.plan_id
      JOIN organisation o ON o.id = a.partnership_id""";

  private final JdbcClient jdbc;

  ActionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ActionView> ofYear(FinancialYear year) {
    return withUpdates(
        jdbc.sql(SELECT + " WHERE a.financial_year = ? ORDER BY a.id")
            .param(year.startYear())
            .query(this::header)
            .list());
  }

  Optional<ActionView> byId(long id) {
    return withUpdates(jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(this::header).list())
        .stream()
        .findFirst();
  }

  /** An unfinished action's target date and plan year, for a partnership's work list. */
  record DueAction(LocalDate targetDate, FinancialYear year) {}

  /**
   * A partnership's actions not completed (and not carried into a later plan) whose target date is
   * on or before {@code by}, soonest first.
   */
  List<DueAction> unfinishedDueBy(long partnershipId, LocalDate by) {
    return jdbc.sql(
            """
            SELECT a.target_date, a.financial_year FROM csa_action a
            WHERE a.partnership_id = ? AND a.status <> 'COMPLETE' AND a.target_date IS NOT NULL
              AND a.target_date <= ?
              AND NOT EXISTS (SELECT 1 FROM csa_action c WHERE c.carried_from_id = a.id)
            ORDER BY a.target_date, a.id""")
        .params(partnershipId, by)
        .query(
            (rs, n) ->
                new DueAction(
                    rs.getObject("target_date", LocalDate.class),
                    new FinancialYear(rs.getInt("financial_year"))))
        .list();
  }

  boolean carriedAlready(long id) {
    return jdbc.sql("SELECT COUNT(*) FROM csa_action WHERE carried_from_id = ?")
            .param(id)
            .query(Integer.class)
            .single()
        > 0;
  }

  long insert(
      long planId,
      long partnershipId,
      ActionCommand c,
      Long carriedFrom,
      String by,
      OffsetDateTime at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO csa_action (plan_id, partnership_id, priority, financial_year, title, owner,
              partners, target_date, status, year_end_summary, carried_from_id, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            planId,
            partnershipId,
            c.priority(),
            c.year().startYear(),
            c.title(),
            c.owner(),
            c.partners(),
            c.targetDate(),
            c.status().name(),
            c.yearEndSummary(),
            carriedFrom,
            by,
            at)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /**
   * Moves an action to a status if it is still at the version read (compare and set): false when
   * someone else changed it since.
   */
  boolean move(long id, int version, ActionStatus status, String summary) {
    return jdbc.sql(
                """
                UPDATE csa_action SET status = ?, year_end_summary = ?, version = version + 1
                WHERE id = ? AND version = ?""")
            .params(status.name(), summary, id, version)
            .update()
        > 0;
  }

  void addUpdate(long id, ActionStatus status, String note, String by, OffsetDateTime at) {
    jdbc.sql(
            "INSERT INTO csa_action_update (action_id, status, note, written_by, written_at) VALUES (?, ?, ?, ?, ?)")
        .params(id, status.name(), note, by, at)
        .update();
  }

  private List<ActionView> withUpdates(List<ActionView> headers) {
    if (headers.isEmpty()) {
      return headers;
    }
    Map<Long, List<ActionView.Update>> updates = new HashMap<>();
    jdbc.sql("SELECT * FROM csa_action_update WHERE action_id IN (:ids) ORDER BY id DESC")
        .param("ids", headers.stream().map(ActionView::id).toList())
        .query(
            rs -> {
              updates
                  .computeIfAbsent(rs.getLong("action_id"), k -> new ArrayList<>())
                  .add(
                      new ActionView.Update(
                          ActionStatus.valueOf(rs.getString("status")),
                          rs.getString("note"),
                          rs.getString("written_by"),
                          rs.getObject("written_at", OffsetDateTime.class)));
            });
    return headers.stream()
        .map(a -> a.withUpdates(updates.getOrDefault(a.id(), List.of())))
        .toList();
  }

  private ActionView header(ResultSet rs, int n) throws SQLException {
    long carried = rs.getLong("carried_from_id");
    Long carriedFrom = rs.wasNull() ? null : carried;
    return new ActionView(
        rs.getLong("id"),
        rs.getString("plan_public_id"),
        rs.getString("plan_version"),
        rs.getLong("partnership_id"),
        rs.getString("partnership_name"),
        rs.getString("priority"),
        new FinancialYear(rs.getInt("financial_year")),
        rs.getString("title"),
        rs.getString("owner"),
        rs.getString("partners"),
        rs.getObject("target_date", LocalDate.class),
        ActionStatus.valueOf(rs.getString("status")),
        rs.getString("year_end_summary"),
        carriedFrom,
        rs.getInt("version"),
        List.of());
  }
}
