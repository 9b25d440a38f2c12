package org.commissioninghub.priorities;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The context of each CSA priority in the scrutiny report: every figure carries its source, and
 * every save is a version.
 */
@Service
public class PriorityContexts {

  private final JdbcClient jdbc;
  private final HorizonScan keepers;
  private final AuditLog audit;
  private final Clock clock;

  PriorityContexts(JdbcClient jdbc, HorizonScan keepers, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.keepers = keepers;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Saves a new version. Figures are one a line, "label | figure | source"; a line without all
   * three is refused by its number, and nothing is saved.
   */
  @Transactional
  public PriorityContext save(
      Actor actor,
      FinancialYear year,
      String priority,
      int startedFrom,
      String narrative,
      String figures) {
    if (!keepers.mayKeep(actor, year)) {
      throw new NotFoundException("priority context", priority);
    }
    Problems problems = new Problems();
    if (narrative == null || narrative.isBlank()) {
      problems.add("narrative", "Enter the context");
    } else if (narrative.strip().length() > 8000) {
      problems.add("narrative", "Use 8000 characters or fewer");
    }
    List<PriorityContext.Figure> parsed = new ArrayList<>();
    String[] lines = figures == null ? new String[0] : figures.strip().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\|", -1);
      if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
        problems.add(
            "figures",
            "Figure line "
                + (i + 1)
                + ": write it as label | figure | source, every figure with its source");
      } else {
        parsed.add(
            new PriorityContext.Figure(parts[0].strip(), parts[1].strip(), parts[2].strip()));
      }
    }
    problems.throwIfAny("CONTEXT-1");
    PriorityContext latest = latest(year, priority);
    int version = latest == null ? 0 : latest.version();
    if (version != startedFrom) {
      throw new ConflictException(
          "CONTEXT-2",
          (latest == null ? "The context" : latest.writtenBy() + " saved this context")
              + " is at version "
              + version
              + ", not the version "
              + startedFrom
              + " you opened: reload it and add your changes");
    }
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO csa_priority_context (financial_year, priority, version, narrative, written_by,
              written_at) VALUES (?, ?, ?, ?, ?, ?)""")
        .params(
            year.startYear(),
            priority,
            version + 1,
            narrative.strip(),
            actor.username(),
            OffsetDateTime.now(clock))
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (int i = 0; i < parsed.size(); i++) {
      PriorityContext.Figure f = parsed.get(i);
      jdbc.sql(
              "INSERT INTO csa_priority_figure (context_id, label, figure, source, position) VALUES (?, ?, ?, ?, ?)")
          .params(id, f.label(), f.figure(), f.source(), i)
          .update();
    }
    audit.record(
        "csa.context-saved",
        "csa-priority-context",
        year + "/" + priority,
        "version " + (version + 1) + ", " + parsed.size() + " figures, by " + actor.username());
    return latest(year, priority);
  }

  /** The latest context of each priority that has one. */
  @Transactional(readOnly = true)
  public Map<String, PriorityContext> latest(FinancialYear year) {
    Map<String, PriorityContext> out = new HashMap<>();
    jdbc.sql(
            """
            SELECT c.priority FROM csa_priority_context c WHERE c.financial_year = ?
            GROUP BY c.priority""")
        .param(year.startYear())
        .query(String.class)
        .list()
        .forEach(p -> out.put(p, latest(year, p)));
    return out;
  }

  @Transactional(readOnly = true)
  public PriorityContext latest(FinancialYear year, String priority) {
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
        .findFirst()
        .orElse(null);
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
