package org.commissioninghub.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words of the annual report, section by section and year by year. Every save is a new version;
 * earlier ones are kept so a published report's words can be traced to who wrote them and when.
 */
@Service
public class ReportNarratives {

  static final String ANNUAL_COMMISSIONING = "annual-commissioning";
  private static final int LONGEST = 20_000;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  ReportNarratives(JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** The latest words of each section that has any. */
  @Transactional(readOnly = true)
  public Map<AnnualReportSection, Narrative> latest(FinancialYear year) {
    Map<AnnualReportSection, Narrative> latest = new EnumMap<>(AnnualReportSection.class);
    jdbc.sql(
            """
            SELECT * FROM report_narrative n WHERE n.report = ? AND n.financial_year = ?
              AND n.version = (SELECT MAX(m.version) FROM report_narrative m WHERE m.report = n.report
                AND m.financial_year = n.financial_year AND m.section = n.section)""")
        .params(ANNUAL_COMMISSIONING, year.startYear())
        .query(this::narrative)
        .list()
        .forEach(n -> AnnualReportSection.byKey(n.section()).ifPresent(s -> latest.put(s, n)));
    return latest;
  }

  /** Every version of a section, newest first. */
  @Transactional(readOnly = true)
  public List<Narrative> history(FinancialYear year, AnnualReportSection section) {
    return jdbc.sql(
            """
            SELECT * FROM report_narrative WHERE report = ? AND financial_year = ? AND section = ?
            ORDER BY version DESC""")
        .params(ANNUAL_COMMISSIONING, year.startYear(), section.key())
        .query(this::narrative)
        .list();
  }

  /**
   * Saves new words for a section, refusing when someone else saved it since the editor opened it
   * (the version they started from is no longer the latest).
   */
  @Transactional
  public Narrative save(
      Actor editor, FinancialYear year, AnnualReportSection section, int startedFrom, String body) {
    Problems problems = new Problems();
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()) {
      problems.add("body", "Enter the words for " + section.title());
    } else if (text.length() > LONGEST) {
      problems.add("body", "Use " + LONGEST + " characters or fewer");
    }
    problems.throwIfAny("REPORT-1");
    List<Narrative> versions = history(year, section);
    int latest = versions.isEmpty() ? 0 : versions.get(0).version();
    if (latest != startedFrom) {
      Narrative other = versions.get(0);
      throw new ConflictException(
          "REPORT-2",
          other.writtenBy()
              + " saved "
              + section.title()
              + " (version "
              + latest
              + ") after you opened it: your words are below, theirs are in the history");
    }
    jdbc.sql(
            """
            INSERT INTO report_narrative (report, financial_year, section, version, body, written_by,
              written_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            ANNUAL_COMMISSIONING,
            year.startYear(),
            section.key(),
            latest + 1,
            text,
            editor.username(),
            OffsetDateTime.now(clock))
        .update();
    audit.record(
        "report.narrative-saved",
        "report-narrative",
        ANNUAL_COMMISSIONING + "/" + year + "/" + section.key(),
        "version " + (latest + 1) + " by " + editor.username());
    return history(year, section).get(0);
  }

  private Narrative narrative(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Narrative(
        rs.getString("section"),
        rs.getInt("version"),
        rs.getString("body"),
        rs.getString("written_by"),
        rs.getObject("written_at", OffsetDateTime.class));
  }
}
