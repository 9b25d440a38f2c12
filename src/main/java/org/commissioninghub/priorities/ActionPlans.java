package org.commissioninghub.priorities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Community Safety Agreement's action plans. The partnership that owns the agreement (its CSP
 * lead) and officers change its actions; anyone else is told the action does not exist.
 */
@Service
public class ActionPlans {

  private final JdbcClient jdbc;
  private final Priorities priorities;
  private final Organisations organisations;
  private final AuditLog audit;
  private final Clock clock;

  ActionPlans(
      JdbcClient jdbc,
      Priorities priorities,
      Organisations organisations,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.priorities = priorities;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  /** Adds an action to a priority of a CSA version for a year. */
  @Transactional
  public ActionView add(Actor actor, ActionCommand c) {
    Problems problems = new Problems();
    PlanView plan = null;
    try {
      plan = priorities.plan(c.plan() == null ? "" : c.plan().strip());
    } catch (NotFoundException e) {
      problems.add("plan", "There is no plan " + c.plan());
    }
    if (plan != null && plan.kind() != PlanKind.COMMUNITY_SAFETY_AGREEMENT) {
      problems.add("plan", "Actions belong to a Community Safety Agreement");
    }
    String priority = c.priority() == null ? "" : c.priority().strip();
    if (plan != null
        && plan.items(ItemKind.PRIORITY).stream().noneMatch(i -> i.title().equals(priority))) {
      problems.add("priority", "Choose one of the agreement’s priorities");
    }
    FinancialYear year = problems.parse("year", c.year(), FinancialYear::parse);
    String title = problems.text("title", c.title(), "Describe the action", 1000);
    LocalDate target = Dates.parseOptional(problems, "targetDate", c.targetDate());
    ActionStatus status = status(problems, c.status());
    problems.throwIfAny("ACTIONS-1");
    mayChange(actor, organisations.get(plan.ownerPublicId()).id(), "new action");
    long id =
        insert(
            plan.id(),
            organisations.get(plan.ownerPublicId()).id(),
            priority,
            year,
            title,
            trim(c.owner()),
            trim(c.partners()),
            target,
            status,
            trim(c.yearEndSummary()),
            null,
            actor.username());
    audit.record(
        "csa.action-added",
        "csa-action",
        String.valueOf(id),
        year + " " + priority + ": " + title + " (" + status.label() + ")");
    return get(actor, id);
  }

  /**
   * Records an in-year update: a new status and what happened, and at year end the summary. Refused
   * when someone else changed the action since it was opened.
   */
  @Transactional
  public ActionView update(
      Actor actor, long id, int version, String statusText, String note, String yearEndSummary) {
    ActionView action = get(actor, id);
    mayChange(actor, action.partnershipId(), String.valueOf(id));
    Problems problems = new Problems();
    ActionStatus status = status(problems, statusText);
    if ((note == null || note.isBlank())
        && (yearEndSummary == null || yearEndSummary.isBlank())
        && status == action.status()) {
      problems.add("note", "Say what has happened, or change the status");
    }
    if (note != null && note.strip().length() > 4000) {
      problems.add("note", "Use 4000 characters or fewer");
    }
    problems.throwIfAny("ACTIONS-2");
    String summary =
        yearEndSummary == null || yearEndSummary.isBlank()
            ? action.yearEndSummary()
            : yearEndSummary.strip();
    int changed =
        jdbc.sql(
                """
                UPDATE csa_action SET status = ?, year_end_summary = ?, version = version + 1
                WHERE id = ? AND version = ?""")
            .params(status.name(), summary, id, version)
            .update();
    if (changed == 0) {
      throw new ConflictException(
          "ACTIONS-3",
          "Someone else updated this action after you opened it: their update is shown, add yours"
              + " again");
    }
    jdbc.sql(
            "INSERT INTO csa_action_update (action_id, status, note, written_by, written_at) VALUES (?, ?, ?, ?, ?)")
        .params(id, status.name(), trim(note), actor.username(), OffsetDateTime.now(clock))
        .update();
    audit.record(
        "csa.action-updated",
        "csa-action",
        String.valueOf(id),
        action.status().label() + " -> " + status.label() + " by " + actor.username());
    return get(actor, id);
  }

  /**
   * Makes next year's plan from this year's: only the unfinished actions chosen are carried, each
   * as a new action that remembers the one it came from; completed ones and those not chosen stay
   * in their year with their history.
   */
  @Transactional
  public List<ActionView> rollOver(
      Actor actor, String nextPlan, String fromYear, List<Long> carry) {
    Problems problems = new Problems();
    FinancialYear from = problems.parse("fromYear", fromYear, FinancialYear::parse);
    PlanView plan = null;
    try {
      plan = priorities.plan(nextPlan == null ? "" : nextPlan.strip());
    } catch (NotFoundException e) {
      problems.add("plan", "There is no plan " + nextPlan);
    }
    if (carry == null || carry.isEmpty()) {
      problems.add("carry", "Choose the actions to carry into the next year");
    }
    problems.throwIfAny("ACTIONS-4");
    FinancialYear to = from.next();
    List<ActionView> carried = new ArrayList<>();
    for (long id : carry) {
      ActionView action = get(actor, id);
      mayChange(actor, action.partnershipId(), String.valueOf(id));
      if (!action.year().equals(from)) {
        problems.add("carry", "“" + action.title() + "” is not a " + from + " action");
      } else if (!action.status().unfinished()) {
        problems.add("carry", "“" + action.title() + "” is complete: it is not carried forward");
      } else if (carriedAlready(id)) {
        problems.add("carry", "“" + action.title() + "” is already in the " + to + " plan");
      } else if (plan.items(ItemKind.PRIORITY).stream()
          .noneMatch(i -> i.title().equals(action.priority()))) {
        problems.add(
            "carry",
            "“"
                + action.priority()
                + "” is not a priority of "
                + plan.title()
                + " "
                + plan.versionLabel());
      } else {
        carried.add(action);
      }
    }
    problems.throwIfAny("ACTIONS-5");
    List<ActionView> made = new ArrayList<>();
    for (ActionView a : carried) {
      long id =
          insert(
              plan.id(),
              a.partnershipId(),
              a.priority(),
              to,
              a.title(),
              a.owner(),
              a.partners(),
              null,
              ActionStatus.IN_PROGRESS,
              null,
              a.id(),
              actor.username());
      made.add(get(actor, id));
    }
    audit.record(
        "csa.rolled-over",
        "csa-plan",
        plan.publicId(),
        made.size() + " actions carried from " + from + " to " + to + " by " + actor.username());
    return made;
  }

  /**
   * The scrutiny report of a year, from the agreement in force as the next year starts; actions
   * filed under a priority the agreement no longer has are reported under their own heading.
   */
  @Transactional(readOnly = true)
  public ScrutinyReport scrutiny(FinancialYear year) {
    PlanView agreement =
        priorities
            .inForce(PlanKind.COMMUNITY_SAFETY_AGREEMENT, year.next().start())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Community Safety Agreement in force on", year.next().start().toString()));
    Map<String, List<ActionView>> thisYear = byPriority(year);
    Map<String, List<ActionView>> nextYear = byPriority(year.next());
    List<ScrutinyReport.PriorityActions> sections = new ArrayList<>();
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (PlanView.Item item : agreement.items(ItemKind.PRIORITY)) {
      reported.add(item.title());
      sections.add(
          new ScrutinyReport.PriorityActions(
              item.title(),
              item.lead(),
              thisYear.getOrDefault(item.title(), List.of()),
              nextYear.getOrDefault(item.title(), List.of())));
    }
    thisYear.forEach(
        (priority, list) -> {
          if (!reported.contains(priority)) {
            sections.add(
                new ScrutinyReport.PriorityActions(
                    priority, null, list, nextYear.getOrDefault(priority, List.of())));
          }
        });
    return new ScrutinyReport(
        year, agreement, sections, priorities.assessments(year), java.util.Map.of());
  }

  /** The year's actions by priority, in the order the agreement lists its priorities. */
  @Transactional(readOnly = true)
  public Map<String, List<ActionView>> byPriority(FinancialYear year) {
    Map<String, List<ActionView>> grouped = new LinkedHashMap<>();
    for (ActionView a :
        views(
            jdbc.sql("SELECT a.* FROM csa_action a WHERE a.financial_year = ? ORDER BY a.id")
                .param(year.startYear())
                .query(this::header)
                .list())) {
      grouped.computeIfAbsent(a.priority(), k -> new ArrayList<>()).add(a);
    }
    return grouped;
  }

  @Transactional(readOnly = true)
  public ActionView get(Actor actor, long id) {
    return views(
            jdbc.sql("SELECT a.* FROM csa_action a WHERE a.id = ?")
                .param(id)
                .query(this::header)
                .list())
        .stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("action", String.valueOf(id)));
  }

  /** A CSP lead changes only their own partnership's actions; officers change any. */
  public boolean mayChange(Actor actor, long partnershipId) {
    return actor.has(Role.OFFICER)
        || actor.has(Role.ADMIN)
        || (actor.has(Role.CSP_LEAD)
            && actor.organisationId() != null
            && actor.organisationId() == partnershipId);
  }

  private void mayChange(Actor actor, long partnershipId, String what) {
    if (!mayChange(actor, partnershipId)) {
      throw new NotFoundException("action", what);
    }
  }

  private boolean carriedAlready(long id) {
    return jdbc.sql("SELECT COUNT(*) FROM csa_action WHERE carried_from_id = ?")
            .param(id)
            .query(Integer.class)
            .single()
        > 0;
  }

  private long insert(
      long planId,
      long partnershipId,
      String priority,
      FinancialYear year,
      String title,
      String owner,
      String partners,
      LocalDate target,
      ActionStatus status,
      String summary,
      Long carriedFrom,
      String by) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO csa_action (plan_id, partnership_id, priority, financial_year, title, owner,
              partners, target_date, status, year_end_summary, carried_from_id, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            planId,
            partnershipId,
            priority,
            year.startYear(),
            title,
            owner,
            partners,
            target,
            status.name(),
            summary,
            carriedFrom,
            by,
            OffsetDateTime.now(clock))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  private List<ActionView> views(List<ActionView> headers) {
    if (headers.isEmpty()) {
      return headers;
    }
    Map<Long, List<ActionView.Update>> updates = new HashMap<>();
    jdbc.sql("SELECT * FROM csa_action_update ORDER BY id DESC")
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
    Map<Long, PlanView> plans = new HashMap<>();
    priorities.plans().forEach(p -> plans.put(p.id(), p));
    return headers.stream()
        .map(
            a -> {
              PlanView plan = plans.get(Long.parseLong(a.planPublicId()));
              return new ActionView(
                  a.id(),
                  plan.publicId(),
                  plan.versionLabel(),
                  a.partnershipId(),
                  organisations.get(a.partnershipId()).name(),
                  a.priority(),
                  a.year(),
                  a.title(),
                  a.owner(),
                  a.partners(),
                  a.targetDate(),
                  a.status(),
                  a.yearEndSummary(),
                  a.carriedFromId(),
                  a.version(),
                  updates.getOrDefault(a.id(), List.of()));
            })
        .toList();
  }

  /** The row, with the plan's id in place of its public id until {@link #views} looks it up. */
  private ActionView header(ResultSet rs, int n) throws SQLException {
    long carried = rs.getLong("carried_from_id");
    Long carriedFrom = rs.wasNull() ? null : carried;
    return new ActionView(
        rs.getLong("id"),
        String.valueOf(rs.getLong("plan_id")),
        null,
        rs.getLong("partnership_id"),
        null,
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

  private static ActionStatus status(Problems problems, String text) {
    if (text == null || text.isBlank()) {
      problems.add("status", "Choose the action’s status");
      return null;
    }
    return problems.parse(
        "status", text, t -> Codes.parse(ActionStatus.class, t, "status of an action"));
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
