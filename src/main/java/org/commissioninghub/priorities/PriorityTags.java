package org.commissioninghub.priorities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.crimereduction.CrimeReductionGrants;
import org.commissioninghub.crimereduction.ProjectRecorded;
import org.commissioninghub.crimereduction.ProjectView;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.PrioritiesServed;
import org.commissioninghub.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags records with the priorities and themes they serve, checked against the plan versions in
 * force at the record's date, and counts them into alignment shares.
 */
@Service
public class PriorityTags implements PrioritiesServed {

  public static final Set<String> RECORD_TYPES =
      Set.of("award", "contract", "programme", "application", "crg-project");

  private final JdbcClient jdbc;
  private final Priorities priorities;
  private final CrimeReductionGrants crimeReduction;
  private final AuditLog audit;
  private final Clock clock;

  PriorityTags(
      JdbcClient jdbc,
      Priorities priorities,
      CrimeReductionGrants crimeReduction,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.priorities = priorities;
    this.crimeReduction = crimeReduction;
    this.audit = audit;
    this.clock = clock;
  }

  /** Replaces a record's tags: one primary, any secondary, all from plans in force at its date. */
  @Transactional
  public List<Served> tag(Actor actor, TagCommand c) {
    Problems problems = new Problems();
    if (c.recordType() == null || !RECORD_TYPES.contains(c.recordType())) {
      problems.add(
          "recordType", "Tags go on a programme, application, award, contract or CRG project");
    }
    if (c.recordId() == null || c.recordId().isBlank()) {
      problems.add("recordId", "Say which record is tagged");
    }
    LocalDate date = Dates.parseOptional(problems, "date", c.date());
    if (date == null && (c.date() == null || c.date().isBlank())) {
      problems.add("date", "Enter the record’s date, so its plan versions can be chosen");
    }
    List<Long> secondary = c.secondary() == null ? List.of() : c.secondary();
    if (c.primary() == null && !secondary.isEmpty()) {
      problems.add("primary", "Choose the main priority the record serves");
    }
    if (c.primary() != null && secondary.contains(c.primary())) {
      problems.add("secondary", "The main priority is not also a secondary one");
    }
    Map<Long, Candidate> inForce = new HashMap<>();
    if (date != null) {
      candidates(date).forEach(k -> inForce.put(k.itemId(), k));
      List<Long> all = new ArrayList<>(secondary);
      if (c.primary() != null) {
        all.add(c.primary());
      }
      for (Long id : all) {
        if (!inForce.containsKey(id)) {
          problems.add(
              "primary",
              "Item " + id + " is not a priority or theme of a plan in force on " + date);
        }
      }
    }
    problems.throwIfAny("TAGS-1");
    jdbc.sql("DELETE FROM priority_tag WHERE record_type = ? AND record_id = ?")
        .params(c.recordType(), c.recordId().strip())
        .update();
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<String> described = new ArrayList<>();
    if (c.primary() != null) {
      insert(c, c.primary(), true, actor.username(), now);
      described.add(inForce.get(c.primary()).item().title() + " (primary)");
    }
    for (Long id : new java.util.LinkedHashSet<>(secondary)) {
      insert(c, id, false, actor.username(), now);
      described.add(inForce.get(id).item().title());
    }
    audit.record(
        "priorities.tagged",
        c.recordType(),
        c.recordId().strip(),
        (described.isEmpty() ? "no priorities" : String.join("; ", described))
            + " by "
            + actor.username());
    return of(c.recordType(), c.recordId().strip());
  }

  @Override
  @Transactional(readOnly = true)
  public List<Served> of(String recordType, String recordId) {
    return ofEach(recordType, recordId).getOrDefault(recordId, List.of());
  }

  /**
   * The tags of one record, or of every record of the type when the id is null, by record id: one
   * query however many records, for counting a year's projects.
   */
  private Map<String, List<Served>> ofEach(String recordType, String recordId) {
    Map<Long, PlanView> plans = new HashMap<>();
    priorities.plans().forEach(p -> plans.put(p.id(), p));
    Map<String, List<Served>> byRecord = new HashMap<>();
    jdbc.sql(
            """
            SELECT t.record_id, t.primary_tag, i.plan_id, i.kind, i.title FROM priority_tag t
            JOIN priority_plan_item i ON i.id = t.item_id
            WHERE t.record_type = ? AND (CAST(? AS VARCHAR(80)) IS NULL OR t.record_id = ?)
            ORDER BY t.record_id, t.primary_tag DESC, i.position""")
        .params(recordType, recordId, recordId)
        .query(
            rs -> {
              PlanView plan = plans.get(rs.getLong("plan_id"));
              byRecord
                  .computeIfAbsent(rs.getString("record_id"), k -> new ArrayList<>())
                  .add(
                      new Served(
                          rs.getString("title"),
                          ItemKind.valueOf(rs.getString("kind")).label(),
                          rs.getBoolean("primary_tag"),
                          plan.title() + " " + plan.versionLabel(),
                          "/priorities/plans/" + plan.publicId()));
            });
    return byRecord;
  }

  /** The item ids a record carries now, primary first. */
  @Transactional(readOnly = true)
  public List<Long> chosen(String recordType, String recordId) {
    return jdbc.sql(
            "SELECT item_id FROM priority_tag WHERE record_type = ? AND record_id = ? ORDER BY primary_tag DESC, id")
        .params(recordType, recordId)
        .query(Long.class)
        .list();
  }

  /**
   * Priorities and themes of the plans in force on a date: what a record of that date can serve.
   */
  @Transactional(readOnly = true)
  public List<Candidate> candidates(LocalDate date) {
    List<Candidate> out = new ArrayList<>();
    for (PlanView plan : priorities.plans()) {
      if (!plan.coversDate(date)
          || priorities.inForce(plan.kind(), date).map(p -> p.id() != plan.id()).orElse(true)) {
        continue;
      }
      List<Long> ids =
          jdbc.sql("SELECT id FROM priority_plan_item WHERE plan_id = ? ORDER BY position")
              .param(plan.id())
              .query(Long.class)
              .list();
      for (int i = 0; i < ids.size(); i++) {
        PlanView.Item item = plan.items().get(i);
        if (item.kind() == ItemKind.PRIORITY || item.kind() == ItemKind.THEME) {
          out.add(new Candidate(ids.get(i), plan, item));
        }
      }
    }
    return out;
  }

  /** The id of a plan's priority or theme, by its title. */
  @Transactional(readOnly = true)
  public Long itemId(String planPublicId, String title) {
    return jdbc.sql(
            """
            SELECT i.id FROM priority_plan_item i JOIN priority_plan p ON p.id = i.plan_id
            WHERE p.public_id = ? AND i.title = ?""")
        .params(planPublicId, title)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  /**
   * The year's Crime Reduction Grant projects by the priorities and themes they are tagged with,
   * CSP projects and third parties' apart; a project with several tags counts under each.
   */
  @Transactional(readOnly = true)
  public Alignment alignment(FinancialYear year) {
    List<ProjectView> projects = crimeReduction.projects(year);
    Map<String, List<Served>> tags = ofEach("crg-project", null);
    List<Alignment.Line> lines = new ArrayList<>();
    for (boolean csp : new boolean[] {true, false}) {
      List<ProjectView> group =
          projects.stream().filter(p -> p.deliveredByPartnership() == csp).toList();
      Money ofValue = group.stream().map(ProjectView::amount).reduce(Money.ZERO, Money::plus);
      Map<String, int[]> counts = new LinkedHashMap<>();
      Map<String, Money> values = new LinkedHashMap<>();
      Map<String, Served> seen = new LinkedHashMap<>();
      for (ProjectView p : group) {
        for (Served s : tags.getOrDefault(String.valueOf(p.id()), List.of())) {
          String key = s.plan() + "|" + s.title();
          seen.putIfAbsent(key, s);
          int[] c = counts.computeIfAbsent(key, k -> new int[2]);
          c[0]++;
          if (s.primary()) {
            c[1]++;
          }
          values.merge(key, p.amount(), Money::plus);
        }
      }
      List<Alignment.Line> groupLines = new ArrayList<>();
      counts.forEach(
          (key, c) -> {
            Served s = seen.get(key);
            groupLines.add(
                new Alignment.Line(
                    csp ? "CSP projects" : "Third parties' projects",
                    s.plan(),
                    s.title(),
                    s.kind().equals(ItemKind.THEME.label()) ? ItemKind.THEME : ItemKind.PRIORITY,
                    c[0],
                    c[1],
                    group.size(),
                    values.get(key),
                    ofValue));
          });
      groupLines.sort(
          Comparator.comparingInt(Alignment.Line::projects)
              .thenComparing(Alignment.Line::value)
              .reversed());
      lines.addAll(groupLines);
    }
    return new Alignment(year, lines);
  }

  /**
   * A newly recorded CRG project serves, as its primary priority, the plan priority it was recorded
   * against, if a plan in force at the start of its year has one of that title.
   */
  @org.springframework.context.event.EventListener
  void tagRecordedProject(ProjectRecorded recorded) {
    candidates(recorded.year().start()).stream()
        .filter(
            c ->
                c.item().kind() == ItemKind.PRIORITY
                    && c.item().title().equals(recorded.planPriority()))
        .findFirst()
        .ifPresent(
            c -> {
              TagCommand tag =
                  new TagCommand(
                      "crg-project",
                      String.valueOf(recorded.projectId()),
                      recorded.year().start().toString(),
                      c.itemId(),
                      List.of());
              insert(tag, c.itemId(), true, recorded.recordedBy(), OffsetDateTime.now(clock));
              audit.record(
                  "priorities.tagged",
                  "crg-project",
                  String.valueOf(recorded.projectId()),
                  c.item().title() + " (primary, as recorded) by " + recorded.recordedBy());
            });
  }

  private void insert(TagCommand c, long itemId, boolean primary, String by, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO priority_tag (record_type, record_id, item_id, primary_tag, tagged_by, tagged_at)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(c.recordType(), c.recordId().strip(), itemId, primary, by, now)
        .update();
  }

  /** A priority or theme a record may be tagged with. */
  public record Candidate(long itemId, PlanView plan, PlanView.Item item) {}
}
