package org.commissioninghub.priorities;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county CSP's PESTELO horizon scan, year by year. The agreement's partnership (its CSP lead)
 * and officers keep it.
 */
@Service
public class HorizonScan {

  private final HorizonRepository repository;
  private final PlanRepository plans;
  private final Priorities priorities;
  private final ActionPlans actions;
  private final AuditLog audit;
  private final Clock clock;

  HorizonScan(
      HorizonRepository repository,
      PlanRepository plans,
      Priorities priorities,
      ActionPlans actions,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.plans = plans;
    this.priorities = priorities;
    this.actions = actions;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public HorizonItem add(Actor actor, NewHorizonItem item) {
    mayKeepOrRefuse(actor, item.year());
    long id = repository.insert(item, null, actor.username(), OffsetDateTime.now(clock));
    audit.record(
        "horizon.added",
        "horizon-item",
        String.valueOf(id),
        item.year() + " " + item.category().label() + ": " + item.title());
    return get(id);
  }

  /** Carries the chosen items, still live, into the next year's scan. */
  @Transactional
  public int carryForward(Actor actor, HorizonCarry c) {
    mayKeepOrRefuse(actor, c.to());
    Problems problems = new Problems();
    for (long id : c.ids()) {
      HorizonItem item = get(id);
      if (!item.year().equals(c.from())) {
        problems.add("carry", "“" + item.title() + "” is not on the " + c.from() + " scan");
      } else if (item.retired()) {
        problems.add("carry", "“" + item.title() + "” was retired: it is not carried forward");
      } else if (repository.carried(id)) {
        problems.add("carry", "“" + item.title() + "” is already on the " + c.to() + " scan");
      }
    }
    problems.throwIfAny("HORIZON-3");
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (long id : c.ids()) {
      HorizonItem item = get(id);
      repository.insert(
          new NewHorizonItem(c.to(), item.category(), item.title(), item.note()),
          id,
          actor.username(),
          now);
    }
    audit.record(
        "horizon.carried",
        "horizon-scan",
        c.to().toString(),
        c.ids().size() + " issues carried from " + c.from() + " by " + actor.username());
    return c.ids().size();
  }

  /**
   * Takes an issue off the scan, keeping it and why; a retired issue stays retired ({@link
   * HorizonState#canMoveTo}).
   */
  @Transactional
  public HorizonItem retire(Actor actor, long id, String reason) {
    HorizonItem item = get(id);
    mayKeepOrRefuse(actor, item.year());
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("HORIZON-4", "reason", "Say why the issue comes off the scan");
    }
    if (!item.state().canMoveTo(HorizonState.RETIRED)
        || !repository.retire(id, reason.strip(), actor.username(), OffsetDateTime.now(clock))) {
      throw new ConflictException("HORIZON-5", "“" + item.title() + "” is already retired");
    }
    audit.record("horizon.retired", "horizon-item", String.valueOf(id), reason.strip());
    return get(id);
  }

  @Transactional(readOnly = true)
  public Map<Pestelo, List<HorizonItem>> scan(FinancialYear year) {
    Map<Pestelo, List<HorizonItem>> byHeading = new EnumMap<>(Pestelo.class);
    repository
        .ofYear(year)
        .forEach(i -> byHeading.computeIfAbsent(i.category(), k -> new ArrayList<>()).add(i));
    return byHeading;
  }

  @Transactional(readOnly = true)
  public HorizonItem get(long id) {
    return repository
        .byId(id)
        .orElseThrow(() -> new NotFoundException("horizon-scan issue", String.valueOf(id)));
  }

  /** Officers, or the lead of the partnership whose agreement is in force as the year starts. */
  public boolean mayKeep(Actor actor, FinancialYear year) {
    return priorities
        .inForce(PlanKind.COMMUNITY_SAFETY_AGREEMENT, year.start())
        .or(() -> priorities.inForce(PlanKind.COMMUNITY_SAFETY_AGREEMENT, year.end()))
        .map(p -> actions.mayChange(actor, plans.ownerId(p.id())))
        .orElse(actor.has(Role.OFFICER) || actor.has(Role.ADMIN));
  }

  private void mayKeepOrRefuse(Actor actor, FinancialYear year) {
    if (!mayKeep(actor, year)) {
      throw new NotFoundException("horizon scan", year.toString());
    }
  }
}
