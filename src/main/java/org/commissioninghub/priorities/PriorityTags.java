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
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.PrioritiesServed;
import org.commissioninghub.shared.Problems;
import org.springframework.context.event.EventListener;
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

  private final TagRepository repository;
  private final PlanRepository plans;
  private final Priorities priorities;
  private final CrimeReductionGrants crimeReduction;
  private final AuditLog audit;
  private final Clock clock;

  PriorityTags(
      TagRepository repository,
      PlanRepository plans,
      Priorities priorities,
      CrimeReductionGrants crimeReduction,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.plans = plans;
    this.priorities = priorities;
    this.crimeReduction = crimeReduction;
    this.audit = audit;
    this.clock = clock;
  }

  /** Replaces a record's tags: one primary, any secondary, all from plans in force at its date. */
  @Transactional
  public List<Served> tag(Actor actor, TagCommand c) {
    Map<Long, Candidate> inForce = new HashMap<>();
    candidates(c.date()).forEach(k -> inForce.put(k.itemId(), k));
    Problems problems = new Problems();
    for (Long id : c.all()) {
      if (!inForce.containsKey(id)) {
        problems.add(
            "primary",
            "Item " + id + " is not a priority or theme of a plan in force on " + c.date());
      }
    }
    problems.throwIfAny("TAGS-1");
    repository.removeAll(c.recordType(), c.recordId());
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<String> described = new ArrayList<>();
    if (c.primary() != null) {
      repository.insert(c.recordType(), c.recordId(), c.primary(), true, actor.username(), now);
      described.add(inForce.get(c.primary()).item().title() + " (primary)");
    }
    for (Long id : c.secondaryOnce()) {
      repository.insert(c.recordType(), c.recordId(), id, false, actor.username(), now);
      described.add(inForce.get(id).item().title());
    }
    audit.record(
        "priorities.tagged",
        c.recordType(),
        c.recordId(),
        (described.isEmpty() ? "no priorities" : String.join("; ", described))
            + " by "
            + actor.username());
    return of(c.recordType(), c.recordId());
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
    Map<Long, PlanView> byId = new HashMap<>();
    priorities.plans().forEach(p -> byId.put(p.id(), p));
    Map<String, List<Served>> byRecord = new HashMap<>();
    for (TagRepository.Tag tag : repository.of(recordType, recordId)) {
      PlanView plan = byId.get(tag.planId());
      byRecord
          .computeIfAbsent(tag.recordId(), k -> new ArrayList<>())
          .add(
              new Served(
                  tag.title(),
                  tag.kind().label(),
                  tag.primary(),
                  plan.title() + " " + plan.versionLabel(),
                  "/priorities/plans/" + plan.publicId()));
    }
    return byRecord;
  }

  /** The item ids a record carries now, primary first. */
  @Transactional(readOnly = true)
  public List<Long> chosen(String recordType, String recordId) {
    return repository.chosen(recordType, recordId);
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
      List<Long> ids = plans.itemIds(plan.id());
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
    return plans.itemId(planPublicId, title).orElse(null);
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
      lines.addAll(
          groupLines(
              csp ? "CSP projects" : "Third parties' projects",
              projects.stream().filter(p -> p.deliveredByPartnership() == csp).toList(),
              tags));
    }
    return new Alignment(year, lines);
  }

  /** One group's lines: each item its projects serve, most projects (then value) first. */
  private static List<Alignment.Line> groupLines(
      String groupName, List<ProjectView> group, Map<String, List<Served>> tags) {
    Money ofValue = group.stream().map(ProjectView::amount).reduce(Money.ZERO, Money::plus);
    Map<String, Count> counts = new LinkedHashMap<>();
    for (ProjectView p : group) {
      for (Served s : tags.getOrDefault(String.valueOf(p.id()), List.of())) {
        counts.computeIfAbsent(s.plan() + "|" + s.title(), k -> new Count(s)).add(s, p.amount());
      }
    }
    List<Alignment.Line> lines = new ArrayList<>();
    counts.values().forEach(c -> lines.add(c.line(groupName, group.size(), ofValue)));
    lines.sort(
        Comparator.comparingInt(Alignment.Line::projects)
            .thenComparing(Alignment.Line::value)
            .reversed());
    return lines;
  }

  /** The projects one item is tagged on, of which as primary, and their value. */
  private static final class Count {
    private final Served item;
    private int projects;
    private int primary;
    private Money value = Money.ZERO;

    Count(Served item) {
      this.item = item;
    }

    void add(Served tag, Money amount) {
      projects++;
      primary += tag.primary() ? 1 : 0;
      value = value.plus(amount);
    }

    Alignment.Line line(String group, int ofProjects, Money ofValue) {
      return new Alignment.Line(
          group,
          item.plan(),
          item.title(),
          item.kind().equals(ItemKind.THEME.label()) ? ItemKind.THEME : ItemKind.PRIORITY,
          projects,
          primary,
          ofProjects,
          value,
          ofValue);
    }
  }

  /**
   * A newly recorded CRG project serves, as its primary priority, the plan priority it was recorded
   * against, if a plan in force at the start of its year has one of that title.
   */
  @EventListener
  void tagRecordedProject(ProjectRecorded recorded) {
    candidates(recorded.year().start()).stream()
        .filter(
            c ->
                c.item().kind() == ItemKind.PRIORITY
                    && c.item().title().equals(recorded.planPriority()))
        .findFirst()
        .ifPresent(
            c -> {
              repository.insert(
                  "crg-project",
                  String.valueOf(recorded.projectId()),
                  c.itemId(),
                  true,
                  recorded.recordedBy(),
                  OffsetDateTime.now(clock));
              audit.record(
                  "priorities.tagged",
                  "crg-project",
                  String.valueOf(recorded.projectId()),
                  c.item().title() + " (primary, as recorded) by " + recorded.recordedBy());
            });
  }

  /** A priority or theme a record may be tagged with. */
  public record Candidate(long itemId, PlanView plan, PlanView.Item item) {}
}
