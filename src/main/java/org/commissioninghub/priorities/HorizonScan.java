package org.commissioninghub.priorities;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county CSP's PESTELO horizon scan, year by year. The agreement's partnership (its CSP lead)
 * and officers keep it.
 */
@Service
public class HorizonScan {

  private final JdbcClient jdbc;
  private final Priorities priorities;
  private final ActionPlans actions;
  private final AuditLog audit;
  private final Clock clock;

  HorizonScan(
      JdbcClient jdbc, Priorities priorities, ActionPlans actions, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.priorities = priorities;
    this.actions = actions;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public HorizonItem add(Actor actor, String year, String category, String title, String note) {
    Problems problems = new Problems();
    FinancialYear fy = problems.parse("year", year, FinancialYear::parse);
    Pestelo heading =
        category == null || category.isBlank()
            ? null
            : problems.parse(
                "category", category, t -> Codes.parse(Pestelo.class, t, "PESTELO heading"));
    if (category == null || category.isBlank()) {
      problems.add("category", "Choose the PESTELO heading");
    }
    if (title == null || title.isBlank()) {
      problems.add("title", "Enter the issue");
    } else if (title.strip().length() > 300) {
      problems.add("title", "Use 300 characters or fewer");
    }
    problems.throwIfAny("HORIZON-1");
    mayKeepOrRefuse(actor, fy);
    long id = insert(fy, heading, title.strip(), blank(note) ? null : note.strip(), null, actor);
    audit.record(
        "horizon.added",
        "horizon-item",
        String.valueOf(id),
        fy + " " + heading.label() + ": " + title.strip());
    return get(id);
  }

  /** Carries the chosen items, still live, into the next year's scan. */
  @Transactional
  public int carryForward(Actor actor, String fromYear, List<Long> ids) {
    Problems problems = new Problems();
    FinancialYear from = problems.parse("fromYear", fromYear, FinancialYear::parse);
    if (ids == null || ids.isEmpty()) {
      problems.add("carry", "Choose the issues to carry into the next year");
    }
    problems.throwIfAny("HORIZON-2");
    mayKeepOrRefuse(actor, from.next());
    for (long id : ids) {
      HorizonItem item = get(id);
      if (!item.year().equals(from)) {
        problems.add("carry", "“" + item.title() + "” is not on the " + from + " scan");
      } else if (item.retired()) {
        problems.add("carry", "“" + item.title() + "” was retired: it is not carried forward");
      } else if (carried(id)) {
        problems.add("carry", "“" + item.title() + "” is already on the " + from.next() + " scan");
      }
    }
    problems.throwIfAny("HORIZON-3");
    for (long id : ids) {
      HorizonItem item = get(id);
      insert(from.next(), item.category(), item.title(), item.note(), id, actor);
    }
    audit.record(
        "horizon.carried",
        "horizon-scan",
        from.next().toString(),
        ids.size() + " issues carried from " + from + " by " + actor.username());
    return ids.size();
  }

  /** Takes an issue off the scan, keeping it and why. */
  @Transactional
  public HorizonItem retire(Actor actor, long id, String reason) {
    HorizonItem item = get(id);
    mayKeepOrRefuse(actor, item.year());
    if (reason == null || reason.isBlank()) {
      Problems problems = new Problems();
      problems.add("reason", "Say why the issue comes off the scan");
      problems.throwIfAny("HORIZON-4");
    }
    if (item.retired()) {
      throw new ConflictException("HORIZON-5", "“" + item.title() + "” is already retired");
    }
    jdbc.sql(
            "UPDATE horizon_item SET retired_reason = ?, retired_by = ?, retired_at = ? WHERE id = ?")
        .params(reason.strip(), actor.username(), OffsetDateTime.now(clock), id)
        .update();
    audit.record("horizon.retired", "horizon-item", String.valueOf(id), reason.strip());
    return get(id);
  }

  @Transactional(readOnly = true)
  public Map<Pestelo, List<HorizonItem>> scan(FinancialYear year) {
    Map<Pestelo, List<HorizonItem>> byHeading = new EnumMap<>(Pestelo.class);
    jdbc.sql("SELECT * FROM horizon_item WHERE financial_year = ? ORDER BY id")
        .param(year.startYear())
        .query(this::item)
        .list()
        .forEach(
            i -> byHeading.computeIfAbsent(i.category(), k -> new java.util.ArrayList<>()).add(i));
    return byHeading;
  }

  @Transactional(readOnly = true)
  public HorizonItem get(long id) {
    return jdbc.sql("SELECT * FROM horizon_item WHERE id = ?")
        .param(id)
        .query(this::item)
        .optional()
        .orElseThrow(() -> new NotFoundException("horizon-scan issue", String.valueOf(id)));
  }

  /** Officers, or the lead of the partnership whose agreement is in force as the year starts. */
  public boolean mayKeep(Actor actor, FinancialYear year) {
    return priorities
        .inForce(PlanKind.COMMUNITY_SAFETY_AGREEMENT, year.start())
        .or(() -> priorities.inForce(PlanKind.COMMUNITY_SAFETY_AGREEMENT, year.end()))
        .map(p -> actions.mayChange(actor, ownerId(p)))
        .orElse(actor.has(Role.OFFICER) || actor.has(Role.ADMIN));
  }

  private void mayKeepOrRefuse(Actor actor, FinancialYear year) {
    if (!mayKeep(actor, year)) {
      throw new NotFoundException("horizon scan", year.toString());
    }
  }

  private long ownerId(PlanView plan) {
    return jdbc.sql("SELECT owner_id FROM priority_plan WHERE id = ?")
        .param(plan.id())
        .query(Long.class)
        .single();
  }

  private boolean carried(long id) {
    return jdbc.sql("SELECT COUNT(*) FROM horizon_item WHERE carried_from_id = ?")
            .param(id)
            .query(Integer.class)
            .single()
        > 0;
  }

  private long insert(
      FinancialYear year, Pestelo heading, String title, String note, Long from, Actor actor) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO horizon_item (financial_year, category, title, note, carried_from_id,
              recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            year.startYear(),
            heading.name(),
            title,
            note,
            from,
            actor.username(),
            OffsetDateTime.now(clock))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  private HorizonItem item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    long from = rs.getLong("carried_from_id");
    Long carriedFrom = rs.wasNull() ? null : from;
    return new HorizonItem(
        rs.getLong("id"),
        new FinancialYear(rs.getInt("financial_year")),
        Pestelo.valueOf(rs.getString("category")),
        rs.getString("title"),
        rs.getString("note"),
        carriedFrom,
        rs.getString("retired_reason"),
        rs.getString("retired_by"),
        rs.getObject("retired_at", OffsetDateTime.class));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
