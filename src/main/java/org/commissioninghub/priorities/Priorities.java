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
import java.util.Optional;
import java.util.TreeSet;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Role;
import org.commissioninghub.shared.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The priorities feature's public API: plan versions and strategic assessments. */
@Service
public class Priorities {

  private final PlanRepository plans;
  private final StrategicAssessmentRepository assessments;
  private final Organisations organisations;
  private final AuditLog audit;
  private final Clock clock;

  Priorities(
      PlanRepository plans,
      StrategicAssessmentRepository assessments,
      Organisations organisations,
      AuditLog audit,
      Clock clock) {
    this.plans = plans;
    this.assessments = assessments;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  /** Records a version of a plan; earlier versions stay as they were. */
  @Transactional
  public PlanView recordPlan(Actor officer, PlanCommand c) {
    OrganisationView owner = organisation("owner", c.owner(), "PRIORITIES-1");
    String publicId =
        c.publicId() == null ? Slugs.of(c.title() + " " + c.versionLabel()) : c.publicId();
    if (plans.exists(c.kind(), owner.id(), c.versionLabel())) {
      throw new ConflictException(
          "PRIORITIES-2",
          owner.name() + " already has " + c.kind().label() + " version " + c.versionLabel());
    }
    plans.insert(publicId, c, owner.id(), officer.username(), OffsetDateTime.now(clock));
    audit.record(
        "priorities.plan-recorded",
        "priority-plan",
        publicId,
        c.kind().label()
            + " "
            + c.versionLabel()
            + " from "
            + c.effectiveFrom()
            + ", "
            + c.items().size()
            + " parts");
    return plan(publicId);
  }

  @Transactional(readOnly = true)
  public List<PlanView> plans() {
    return plans.all();
  }

  @Transactional(readOnly = true)
  public PlanView plan(String publicId) {
    return plans.byPublicId(publicId).orElseThrow(() -> new NotFoundException("plan", publicId));
  }

  /**
   * The version in force on a date: the latest to have taken effect by then whose period has not
   * ended; a record is read against this version.
   */
  @Transactional(readOnly = true)
  public Optional<PlanView> inForce(PlanKind kind, LocalDate date) {
    return plans().stream()
        .filter(p -> p.kind() == kind && p.coversDate(date))
        .max(Comparator.comparing(PlanView::effectiveFrom));
  }

  /**
   * Records an issue a district CSP's assessment found. A CSP lead records only their own
   * partnership's; officers record any.
   */
  @Transactional
  public void recordAssessment(Actor actor, AssessmentCommand c) {
    OrganisationView csp = organisation("csp", c.csp(), "PRIORITIES-3");
    boolean office = actor.has(Role.OFFICER) || actor.has(Role.ADMIN);
    if (!office && (actor.organisationId() == null || actor.organisationId() != csp.id())) {
      throw new NotFoundException("partnership", csp.publicId());
    }
    if (assessments.recorded(c.year(), csp.id(), c.issue())) {
      throw new ConflictException(
          "PRIORITIES-4", csp.name() + " has already recorded “" + c.issue() + "” for " + c.year());
    }
    assessments.insert(c, csp.id(), actor.username(), OffsetDateTime.now(clock));
    audit.record(
        "priorities.assessment-issue",
        "strategic-assessment",
        csp.publicId() + "/" + c.year(),
        c.issue() + " (" + c.namedAs().label() + ") by " + actor.username());
  }

  /**
   * The county table, counted from the CSPs' records: every count is "of" the CSPs that reported.
   */
  @Transactional(readOnly = true)
  public StrategicAssessmentTable assessments(FinancialYear year) {
    Map<String, List<StrategicAssessmentTable.Naming>> byIssue = new LinkedHashMap<>();
    TreeSet<String> partnerships = new TreeSet<>();
    long illustrative = 0;
    for (StrategicAssessmentRepository.Named named : assessments.of(year)) {
      partnerships.add(named.csp());
      illustrative += named.illustrative() ? 1 : 0;
      byIssue
          .computeIfAbsent(named.issue(), k -> new ArrayList<>())
          .add(new StrategicAssessmentTable.Naming(named.csp(), named.namedAs()));
    }
    return new StrategicAssessmentTable(
        year, List.copyOf(partnerships), mostNamedFirst(byIssue), illustrative);
  }

  /** Rows by how many CSPs named the issue, most first; ties in the order first recorded. */
  private static List<StrategicAssessmentTable.Row> mostNamedFirst(
      Map<String, List<StrategicAssessmentTable.Naming>> byIssue) {
    List<StrategicAssessmentTable.Row> rows = new ArrayList<>();
    byIssue.forEach((issue, named) -> rows.add(new StrategicAssessmentTable.Row(issue, named)));
    Map<String, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      firstSeen.put(rows.get(i).issue(), i);
    }
    rows.sort(
        Comparator.comparingInt(StrategicAssessmentTable.Row::count)
            .reversed()
            .thenComparing(r -> firstSeen.get(r.issue())));
    return rows;
  }

  private OrganisationView organisation(String field, String publicId, String code) {
    try {
      return organisations.get(publicId);
    } catch (NotFoundException e) {
      throw InvalidInputException.of(code, field, "There is no organisation " + publicId);
    }
  }
}
