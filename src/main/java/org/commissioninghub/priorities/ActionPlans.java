package org.commissioninghub.priorities;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Community Safety Agreement's action plans. The partnership that owns the agreement (its CSP
 * lead) and officers change its actions; anyone else is told the action does not exist.
 */
@Service
public class ActionPlans {

  private final ActionRepository repository;
  private final Priorities priorities;
  private final Organisations organisations;
  private final AuditLog audit;
  private final Clock clock;

  ActionPlans(
      ActionRepository repository,
      Priorities priorities,
      Organisations organisations,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.priorities = priorities;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  /** Adds an action to a priority of a CSA version for a year. */
  @Transactional
  public ActionView add(Actor actor, ActionCommand c) {
    Problems problems = new Problems();
    PlanView plan = agreement(problems, c.plan());
    if (plan != null
        && plan.items(ItemKind.PRIORITY).stream().noneMatch(i -> i.title().equals(c.priority()))) {
      problems.add("priority", "Choose one of the agreement’s priorities");
    }
    problems.throwIfAny("ACTIONS-1");
    long partnershipId = organisations.get(plan.ownerPublicId()).id();
    mayChange(actor, partnershipId, "new action");
    long id =
        repository.insert(
            plan.id(), partnershipId, c, null, actor.username(), OffsetDateTime.now(clock));
    audit.record(
        "csa.action-added",
        "csa-action",
        String.valueOf(id),
        c.year() + " " + c.priority() + ": " + c.title() + " (" + c.status().label() + ")");
    return get(actor, id);
  }

  /**
   * Records an in-year update: a new status and what happened, and at year end the summary. Refused
   * when someone else changed the action since it was opened, or when the status may not follow the
   * action's ({@link ActionStatus#canMoveTo}).
   */
  @Transactional
  public ActionView update(Actor actor, long id, int version, ActionUpdate u) {
    ActionView action = get(actor, id);
    mayChange(actor, action.partnershipId(), String.valueOf(id));
    Problems problems = new Problems();
    if (!action.status().canMoveTo(u.status())) {
      problems.add(
          "status",
          "An action that is "
              + action.status().label().toLowerCase(java.util.Locale.UK)
              + " cannot go back to "
              + u.status().label().toLowerCase(java.util.Locale.UK));
    }
    if (u.silent() && u.status() == action.status()) {
      problems.add("note", "Say what has happened, or change the status");
    }
    problems.throwIfAny("ACTIONS-2");
    String summary = u.yearEndSummary() == null ? action.yearEndSummary() : u.yearEndSummary();
    if (!repository.move(id, version, u.status(), summary)) {
      throw new ConflictException(
          "ACTIONS-3",
          "Someone else updated this action after you opened it: their update is shown, add yours"
              + " again");
    }
    repository.addUpdate(id, u.status(), u.note(), actor.username(), OffsetDateTime.now(clock));
    audit.record(
        "csa.action-updated",
        "csa-action",
        String.valueOf(id),
        action.status().label() + " -> " + u.status().label() + " by " + actor.username());
    return get(actor, id);
  }

  /**
   * Makes next year's plan from this year's: only the unfinished actions chosen are carried, each
   * as a new action that remembers the one it came from; completed ones and those not chosen stay
   * in their year with their history.
   */
  @Transactional
  public List<ActionView> rollOver(Actor actor, RollOver r) {
    Problems problems = new Problems();
    PlanView plan = plan(problems, r.plan());
    problems.throwIfAny("ACTIONS-4");
    List<ActionView> carried = carriable(actor, r, plan);
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<ActionView> made = new ArrayList<>();
    for (ActionView a : carried) {
      ActionCommand next =
          new ActionCommand(
              plan.publicId(),
              a.priority(),
              r.to(),
              a.title(),
              a.owner(),
              a.partners(),
              null,
              ActionStatus.IN_PROGRESS,
              null);
      long id =
          repository.insert(plan.id(), a.partnershipId(), next, a.id(), actor.username(), now);
      made.add(get(actor, id));
    }
    audit.record(
        "csa.rolled-over",
        "csa-plan",
        plan.publicId(),
        made.size()
            + " actions carried from "
            + r.from()
            + " to "
            + r.to()
            + " by "
            + actor.username());
    return made;
  }

  /**
   * The chosen actions, each checked: of the year, unfinished, not yet carried, still a priority.
   */
  private List<ActionView> carriable(Actor actor, RollOver r, PlanView plan) {
    Problems problems = new Problems();
    List<ActionView> carried = new ArrayList<>();
    for (long id : r.carry()) {
      ActionView action = get(actor, id);
      mayChange(actor, action.partnershipId(), String.valueOf(id));
      if (!action.year().equals(r.from())) {
        problems.add("carry", "“" + action.title() + "” is not a " + r.from() + " action");
      } else if (!action.status().unfinished()) {
        problems.add("carry", "“" + action.title() + "” is complete: it is not carried forward");
      } else if (repository.carriedAlready(id)) {
        problems.add("carry", "“" + action.title() + "” is already in the " + r.to() + " plan");
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
    return carried;
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
    Set<String> reported = new HashSet<>();
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
    return new ScrutinyReport(year, agreement, sections, priorities.assessments(year), Map.of());
  }

  /** The year's actions by priority, in the order the agreement lists its priorities. */
  @Transactional(readOnly = true)
  public Map<String, List<ActionView>> byPriority(FinancialYear year) {
    Map<String, List<ActionView>> grouped = new LinkedHashMap<>();
    for (ActionView a : repository.ofYear(year)) {
      grouped.computeIfAbsent(a.priority(), k -> new ArrayList<>()).add(a);
    }
    return grouped;
  }

  @Transactional(readOnly = true)
  public ActionView get(Actor actor, long id) {
    return repository
        .byId(id)
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

  /** The Community Safety Agreement version named, with the problem added when it is not one. */
  private PlanView agreement(Problems problems, String publicId) {
    PlanView plan = plan(problems, publicId);
    if (plan != null && plan.kind() != PlanKind.COMMUNITY_SAFETY_AGREEMENT) {
      problems.add("plan", "Actions belong to a Community Safety Agreement");
    }
    return plan;
  }

  private PlanView plan(Problems problems, String publicId) {
    try {
      return priorities.plan(publicId);
    } catch (NotFoundException e) {
      problems.add("plan", "There is no plan " + publicId);
      return null;
    }
  }
}
