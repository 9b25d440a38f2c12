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

  private final NarrativeRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  ReportNarratives(NarrativeRepository repository, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  /** The latest words of each section that has any. */
  @Transactional(readOnly = true)
  public Map<AnnualReportSection, Narrative> latest(FinancialYear year) {
    Map<AnnualReportSection, Narrative> latest = new EnumMap<>(AnnualReportSection.class);
    repository
        .latest(ANNUAL_COMMISSIONING, year)
        .forEach(n -> AnnualReportSection.byKey(n.section()).ifPresent(s -> latest.put(s, n)));
    return latest;
  }

  /** Every version of a section, newest first. */
  @Transactional(readOnly = true)
  public List<Narrative> history(FinancialYear year, AnnualReportSection section) {
    return repository.history(ANNUAL_COMMISSIONING, year, section.key());
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
    repository.insert(
        ANNUAL_COMMISSIONING,
        year,
        section.key(),
        latest + 1,
        text,
        editor.username(),
        OffsetDateTime.now(clock));
    audit.record(
        "report.narrative-saved",
        "report-narrative",
        ANNUAL_COMMISSIONING + "/" + year + "/" + section.key(),
        "version " + (latest + 1) + " by " + editor.username());
    return history(year, section).get(0);
  }
}
