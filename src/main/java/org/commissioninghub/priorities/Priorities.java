package org.commissioninghub.priorities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Role;
import org.commissioninghub.shared.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The priorities feature's public API: plan versions and strategic assessments. */
@Service
public class Priorities {

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final AuditLog audit;
  private final Clock clock;

  Priorities(JdbcClient jdbc, Organisations organisations, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  /** Records a version of a plan; earlier versions stay as they were. */
  @Transactional
  public PlanView recordPlan(Actor officer, PlanCommand c) {
    Problems problems = new Problems();
    PlanKind kind =
        blank(c.kind())
            ? null
            : problems.parse("kind", c.kind(), t -> Codes.parse(PlanKind.class, t, "kind of plan"));
    if (blank(c.kind())) {
      problems.add("kind", "Choose the kind of plan");
    }
    String title = problems.text("title", c.title(), "Enter the plan’s title", 300);
    OrganisationView owner = organisation(problems, "owner", c.owner());
    String version =
        problems.text("versionLabel", c.versionLabel(), "Enter the version, like 9.0", 20);
    LocalDate from = Dates.parseOptional(problems, "effectiveFrom", c.effectiveFrom());
    if (blank(c.effectiveFrom())) {
      problems.add("effectiveFrom", "Enter the date the version takes effect");
    }
    LocalDate end = Dates.parseOptional(problems, "periodEnd", c.periodEnd());
    if (from != null && end != null && end.isBefore(from)) {
      problems.add("periodEnd", "The plan’s period must end after it takes effect");
    }
    List<PlanView.Item> items = new ArrayList<>();
    List<PlanCommand.ItemCommand> given = c.items() == null ? List.of() : c.items();
    for (int i = 0; i < given.size(); i++) {
      PlanCommand.ItemCommand item = given.get(i);
      String prefix = "items[" + i + "].";
      ItemKind itemKind =
          blank(item.kind())
              ? null
              : problems.parse(
                  prefix + "kind",
                  item.kind(),
                  t -> Codes.parse(ItemKind.class, t, "part of a plan"));
      String itemTitle = problems.text(prefix + "title", item.title(), "Enter the title", 300);
      items.add(new PlanView.Item(itemKind, itemTitle, trim(item.includes()), trim(item.lead())));
    }
    if (items.stream().noneMatch(i -> i.kind() == ItemKind.PRIORITY)) {
      problems.add("items", "A plan needs at least one priority");
    }
    problems.throwIfAny("PRIORITIES-1");
    String publicId = blank(c.publicId()) ? Slugs.of(title + " " + version) : c.publicId().strip();
    if (exists(kind, owner.id(), version)) {
      throw new ConflictException(
          "PRIORITIES-2", owner.name() + " already has " + kind.label() + " version " + version);
    }
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO priority_plan (public_id, kind, title, owner_id, version_label, effective_from,
              period_end, changes, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            publicId,
            kind.name(),
            title,
            owner.id(),
            version,
            from,
            end,
            trim(c.changes()),
            officer.username(),
            OffsetDateTime.now(clock))
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (int i = 0; i < items.size(); i++) {
      PlanView.Item item = items.get(i);
      jdbc.sql(
              "INSERT INTO priority_plan_item (plan_id, kind, title, includes, lead, position) VALUES (?, ?, ?, ?, ?, ?)")
          .params(id, item.kind().name(), item.title(), item.includes(), item.lead(), i)
          .update();
    }
    audit.record(
        "priorities.plan-recorded",
        "priority-plan",
        publicId,
        kind.label() + " " + version + " from " + from + ", " + items.size() + " parts");
    return plan(publicId);
  }

  @Transactional(readOnly = true)
  public List<PlanView> plans() {
    return views(
        jdbc.sql("SELECT * FROM priority_plan ORDER BY kind, effective_from DESC, id DESC")
            .query(this::header)
            .list());
  }

  @Transactional(readOnly = true)
  public PlanView plan(String publicId) {
    return views(
            jdbc.sql("SELECT * FROM priority_plan WHERE public_id = ?")
                .param(publicId)
                .query(this::header)
                .list())
        .stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("plan", publicId));
  }

  /**
   * The version in force on a date: the latest to have taken effect by then whose period has not
   * ended; a record is read against this version.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<PlanView> inForce(PlanKind kind, LocalDate date) {
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
    Problems problems = new Problems();
    FinancialYear year = problems.parse("year", c.year(), FinancialYear::parse);
    OrganisationView csp = organisation(problems, "csp", c.csp());
    String issue = problems.text("issue", c.issue(), "Enter the issue the assessment found", 300);
    NamedAs namedAs =
        blank(c.namedAs())
            ? null
            : problems.parse(
                "namedAs",
                c.namedAs(),
                t -> Codes.parse(NamedAs.class, t, "way of naming an issue"));
    if (blank(c.namedAs())) {
      problems.add(
          "namedAs",
          "Say whether it is a main priority, a cross-cutting theme or part of a broader theme");
    }
    problems.throwIfAny("PRIORITIES-3");
    boolean office = actor.has(Role.OFFICER) || actor.has(Role.ADMIN);
    if (!office && (actor.organisationId() == null || actor.organisationId() != csp.id())) {
      throw new NotFoundException("partnership", csp.publicId());
    }
    int already =
        jdbc.sql(
                "SELECT COUNT(*) FROM strategic_assessment_issue WHERE financial_year = ? AND csp_id = ? AND LOWER(issue) = LOWER(?)")
            .params(year.startYear(), csp.id(), issue)
            .query(Integer.class)
            .single();
    if (already > 0) {
      throw new ConflictException(
          "PRIORITIES-4", csp.name() + " has already recorded “" + issue + "” for " + year);
    }
    jdbc.sql(
            """
            INSERT INTO strategic_assessment_issue (financial_year, csp_id, issue, named_as, illustrative,
              recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            year.startYear(),
            csp.id(),
            issue,
            namedAs.name(),
            c.illustrative(),
            actor.username(),
            OffsetDateTime.now(clock))
        .update();
    audit.record(
        "priorities.assessment-issue",
        "strategic-assessment",
        csp.publicId() + "/" + year,
        issue + " (" + namedAs.label() + ") by " + actor.username());
  }

  /**
   * The county table, counted from the CSPs' records: every count is "of" the CSPs that reported.
   */
  @Transactional(readOnly = true)
  public StrategicAssessmentTable assessments(FinancialYear year) {
    Map<String, List<StrategicAssessmentTable.Naming>> byIssue = new LinkedHashMap<>();
    TreeSet<String> partnerships = new TreeSet<>();
    long[] illustrative = {0};
    jdbc.sql(
            """
            SELECT s.issue, s.named_as, s.illustrative, o.name FROM strategic_assessment_issue s
            JOIN organisation o ON o.id = s.csp_id WHERE s.financial_year = ? ORDER BY o.name, s.id""")
        .param(year.startYear())
        .query(
            rs -> {
              partnerships.add(rs.getString("name"));
              if (rs.getBoolean("illustrative")) {
                illustrative[0]++;
              }
              byIssue
                  .computeIfAbsent(rs.getString("issue"), k -> new ArrayList<>())
                  .add(
                      new StrategicAssessmentTable.Naming(
                          rs.getString("name"), NamedAs.valueOf(rs.getString("named_as"))));
            });
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
    return new StrategicAssessmentTable(year, List.copyOf(partnerships), rows, illustrative[0]);
  }

  private boolean exists(PlanKind kind, long ownerId, String version) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM priority_plan WHERE kind = ? AND owner_id = ? AND version_label = ?")
            .params(kind.name(), ownerId, version)
            .query(Integer.class)
            .single()
        > 0;
  }

  private List<PlanView> views(List<PlanView> headers) {
    if (headers.isEmpty()) {
      return headers;
    }
    Map<Long, List<PlanView.Item>> items = new HashMap<>();
    jdbc.sql("SELECT * FROM priority_plan_item ORDER BY plan_id, position")
        .query(
            rs -> {
              items
                  .computeIfAbsent(rs.getLong("plan_id"), k -> new ArrayList<>())
                  .add(
                      new PlanView.Item(
                          ItemKind.valueOf(rs.getString("kind")),
                          rs.getString("title"),
                          rs.getString("includes"),
                          rs.getString("lead")));
            });
    return headers.stream()
        .map(
            p ->
                new PlanView(
                    p.id(),
                    p.publicId(),
                    p.kind(),
                    p.title(),
                    p.ownerPublicId(),
                    p.ownerName(),
                    p.versionLabel(),
                    p.effectiveFrom(),
                    p.periodEnd(),
                    p.changes(),
                    p.recordedBy(),
                    items.getOrDefault(p.id(), List.of())))
        .toList();
  }

  private PlanView header(ResultSet rs, int n) throws SQLException {
    OrganisationView owner = organisations.get(rs.getLong("owner_id"));
    return new PlanView(
        rs.getLong("id"),
        rs.getString("public_id"),
        PlanKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        owner.publicId(),
        owner.name(),
        rs.getString("version_label"),
        rs.getObject("effective_from", LocalDate.class),
        rs.getObject("period_end", LocalDate.class),
        rs.getString("changes"),
        rs.getString("recorded_by"),
        List.of());
  }

  private OrganisationView organisation(Problems problems, String field, String publicId) {
    if (blank(publicId)) {
      problems.add(field, "Choose the organisation");
      return null;
    }
    try {
      return organisations.get(publicId.strip());
    } catch (NotFoundException e) {
      problems.add(field, "There is no organisation " + publicId.strip());
      return null;
    }
  }

  private static String trim(String text) {
    return blank(text) ? null : text.strip();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
