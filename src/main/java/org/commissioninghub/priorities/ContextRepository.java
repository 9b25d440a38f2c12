package org.commissioninghub.priorities;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.shared.FinancialYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The priorities' contexts, every version, with their figures (csa_priority_context, _figure). */
@Repository
class ContextRepository {

  private final JdbcClient jdbc;

  ContextRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The priorities of a year that have a context. */
  List<String> prioritiesWithContext(FinancialYear year) {
    return jdbc.sql(
            """
            SELECT c.priority FROM csa_priority_context c WHERE c.financial_year = ?
            GROUP BY c.priority""")
        .param(year.startYear())
        .query(String.class)
        .list();
  }

  Optional<PriorityContext> latest(FinancialYear year, String priority) {
    return jdbc
        .sql(
            """
            SELECT * FROM csa_priority_context WHERE financial_year = ? AND priority = ?
            ORDER BY version DESC""")
        .params(year.startYear(), priority)
        .query(
            (rs, n) ->
                new PriorityContext(
                    rs.getString("priority"),
                    rs.getInt("version"),
                    rs.getString("narrative"),
                    figures(rs.getLong("id")),
                    rs.getString("written_by"),
                    rs.getObject("written_at", OffsetDateTime.class)))
        .list()
        .stream()
        .findFirst();
  }

  void insert(
      FinancialYear year,
      String priority,
      int version,
      ContextDraft draft,
      String by,
      OffsetDateTime at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO csa_priority_context (financial_year, priority, version, narrative, written_by,
              written_at) VALUES (?, ?, ?, ?, ?, ?)""")
        .params(year.startYear(), priority, version, draft.narrative(), by, at)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (int i = 0; i < draft.figures().size(); i++) {
      PriorityContext.Figure f = draft.figures().get(i);
      jdbc.sql(
              "INSERT INTO csa_priority_figure (context_id, label, figure, source, position) VALUES (?, ?, ?, ?, ?)")
          .params(id, f.label(), f.figure(), f.source(), i)
          .update();
    }
  }

  private List<PriorityContext.Figure> figures(long contextId) {
    return jdbc.sql(
            "SELECT label, figure, source FROM csa_priority_figure WHERE context_id = ? ORDER BY position")
        .param(contextId)
        .query(
            (rs, n) ->
                new PriorityContext.Figure(
                    rs.getString("label"), rs.getString("figure"), rs.getString("source")))
        .list();
  }
}
