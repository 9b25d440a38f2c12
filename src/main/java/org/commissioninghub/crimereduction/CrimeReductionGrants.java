package org.commissioninghub.crimereduction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.commissioninghub.applications.ApplicationView;
import org.commissioninghub.applications.Applications;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.funding.FundingStreamCommand;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.programmes.CrimeReductionGrantSplit;
import org.commissioninghub.programmes.ProgrammeCommand;
import org.commissioninghub.programmes.Programmes;
import org.commissioninghub.programmes.RoundCommand;
import org.commissioninghub.programmes.RoundView;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Crime Reduction Grant feature's public API. An allocation is set up through the same
 * mechanisms as any fund: a ring-fenced stream held by the CSP, a programme it owns with its
 * decision chain, and two rounds whose budgets are the upfront and tactical pots, so approved
 * business cases can never exceed either pot.
 */
@Service
public class CrimeReductionGrants {

  /** The project types the PCC advised CSPs to consider in 2024/25 (seeds/004 §2.2). */
  static final List<String> PROJECT_TYPES =
      List.of(
          "Reduce ASB and crime",
          "Reduce violence against women and girls (VAWG)",
          "Provide crime prevention and reassurance activities",
          "Reduce crime and ASB in the daytime and night-time economy",
          "Deliver diversionary activities",
          "Partnership approaches to areas of concern",
          "Drug and alcohol reduction and treatment",
          "Reduce offending and re-offending");

  private final JdbcClient jdbc;
  private final Programmes programmes;
  private final Applications applications;
  private final FundingStreams streams;
  private final Organisations organisations;
  private final AuditLog audit;
  private final Clock clock;

  CrimeReductionGrants(
      JdbcClient jdbc,
      Programmes programmes,
      Applications applications,
      FundingStreams streams,
      Organisations organisations,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.programmes = programmes;
    this.applications = applications;
    this.streams = streams;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public AllocationView allocate(Actor officer, AllocationCommand command) {
    Problems problems = new Problems();
    OrganisationView csp = null;
    try {
      csp = organisations.get(command.csp() == null ? "" : command.csp().strip());
    } catch (NotFoundException e) {
      problems.add("csp", "There is no CSP " + command.csp());
    }
    FinancialYear year = problems.parse("year", command.year(), FinancialYear::parse);
    Money total =
        command.total() == null || command.total().isBlank()
            ? null
            : problems.money("total", command.total());
    if (total == null && (command.total() == null || command.total().isBlank())) {
      problems.add("total", "Enter the allocation, like £39,661");
    } else if (total != null && !total.isPositive()) {
      problems.add("total", "The allocation must be more than £0.00");
    }
    problems.throwIfAny("CRG-1");
    if (exists(csp.id(), year)) {
      throw new ConflictException(
          "CRG-2", csp.name() + " already has a Crime Reduction Grant for " + year);
    }
    CrimeReductionGrantSplit split = CrimeReductionGrantSplit.of(total);
    String slug = "crg-" + csp.publicId() + "-" + year.toString().replace('/', '-');
    String source =
        command.source() == null || command.source().isBlank()
            ? "pcc-kent-budget"
            : command.source().strip();
    streams.create(
        new FundingStreamCommand(
            slug,
            source,
            csp.publicId(),
            "Crime Reduction Grant to " + csp.name(),
            "CRG " + initials(csp.name()),
            year.toString(),
            total.plain(),
            true,
            "Crime reduction projects approved by " + csp.name() + " and the PCC",
            "Upfront projects (two thirds) and a tactical pot (one third)",
            year.start().toString(),
            year.end().toString(),
            null,
            "crime-reduction-grant",
            null,
            null));
    String name = csp.name() + " Crime Reduction Grant " + year;
    programmes.createProgramme(
        new ProgrammeCommand(
            slug,
            name,
            "Business cases from partners for projects that deliver the PCC's priorities and the Community Safety Agreement.",
            csp.publicId(),
            split.upfront().plain(),
            1,
            List.of(),
            null,
            null,
            10,
            List.of(slug),
            List.of(),
            List.of(
                new ProgrammeCommand.Question(
                    "project",
                    "Describe the project and what it will deliver",
                    null,
                    "TEXT",
                    true,
                    300,
                    null,
                    false,
                    null,
                    null),
                new ProgrammeCommand.Question(
                    "lead-agency",
                    "Lead agency and contact",
                    null,
                    "TEXT",
                    true,
                    50,
                    null,
                    false,
                    null,
                    null),
                new ProgrammeCommand.Question(
                    "project-type",
                    "Which of the PCC's suggested project types does it fit?",
                    null,
                    "CHOICE",
                    false,
                    null,
                    PROJECT_TYPES,
                    false,
                    null,
                    null),
                new ProgrammeCommand.Question(
                    "csa-priority",
                    "Which Community Safety Agreement priority does it deliver?",
                    null,
                    "TEXT",
                    false,
                    30,
                    null,
                    false,
                    null,
                    null)),
            List.of(
                new ProgrammeCommand.Step(
                    1, "Working group recommends", "CSP_LEAD", true, null, null),
                new ProgrammeCommand.Step(
                    2,
                    "Chair of " + initials(csp.name()) + " approves",
                    "CSP_LEAD",
                    false,
                    null,
                    null),
                new ProgrammeCommand.Step(
                    2, "Police and Crime Commissioner approves", "APPROVER", false, null, null)),
            List.of()));
    String prefix =
        "CRG-" + initials(csp.name()) + "-" + String.format("%02d", year.startYear() % 100);
    RoundView upfront =
        programmes.createRound(
            new RoundCommand(
                slug + "-upfront",
                slug,
                "Upfront projects " + year,
                prefix + "-U",
                command.upfrontOpens(),
                command.upfrontCloses(),
                split.upfront().plain(),
                year.toString(),
                null,
                null));
    RoundView tactical =
        programmes.createRound(
            new RoundCommand(
                slug + "-tactical",
                slug,
                "Tactical pot " + year,
                prefix + "-T",
                command.tacticalOpens(),
                command.tacticalCloses(),
                split.tactical().plain(),
                year.toString(),
                null,
                upfront.publicId()));
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO crime_reduction_allocation (csp_id, financial_year, total_pence, upfront_pence, tactical_pence,
              programme_id, upfront_round_id, tactical_round_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            csp.id(),
            year.startYear(),
            split.total().pence(),
            split.upfront().pence(),
            split.tactical().pence(),
            upfront.programme().id(),
            upfront.id(),
            tactical.id())
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    audit.record(
        "crg.allocated",
        "crime-reduction-allocation",
        String.valueOf(id),
        csp.publicId()
            + " "
            + year
            + " "
            + split.total().plain()
            + " = upfront "
            + split.upfront().plain()
            + " + tactical "
            + split.tactical().plain()
            + " by "
            + officer.username());
    return get(officer, id);
  }

  @Transactional(readOnly = true)
  public List<AllocationView> list(Actor actor) {
    return jdbc
        .sql("SELECT * FROM crime_reduction_allocation ORDER BY financial_year DESC, id")
        .query(this::view)
        .list()
        .stream()
        .filter(a -> actor.maySee(a.cspId()))
        .toList();
  }

  @Transactional(readOnly = true)
  public AllocationView get(Actor actor, long id) {
    return jdbc.sql("SELECT * FROM crime_reduction_allocation WHERE id = ?")
        .param(id)
        .query(this::view)
        .optional()
        .filter(a -> actor.maySee(a.cspId()))
        .orElseThrow(
            () -> new NotFoundException("Crime Reduction Grant allocation", String.valueOf(id)));
  }

  /**
   * Closes the year: once every business case is decided, what was not approved is recorded as
   * underspend returned to the PCC. The figure is computed, never typed.
   */
  @Transactional
  public AllocationView close(Actor actor, long id) {
    AllocationView allocation = get(actor, id);
    boolean csp =
        actor.has("CSP_LEAD")
            && actor.organisationId() != null
            && actor.organisationId() == allocation.cspId();
    if (!csp && !actor.has("OFFICER") && !actor.has("ADMIN")) {
      throw new ConflictException(
          "CRG-3", "Only " + allocation.cspName() + " or the OPCC can close this allocation");
    }
    if (allocation.closed()) {
      throw new ConflictException(
          "CRG-4", "This allocation was closed on " + allocation.closedAt().toLocalDate());
    }
    int waiting = allocation.undecidedUpfront() + allocation.undecidedTactical();
    if (waiting > 0) {
      throw new ConflictException(
          "CRG-5",
          waiting + " business case" + (waiting == 1 ? " is" : "s are") + " still to be decided");
    }
    Money underspend = allocation.unspent();
    jdbc.sql(
            "UPDATE crime_reduction_allocation SET underspend_pence = ?, closed_at = ?, closed_by = ? WHERE id = ?")
        .params(underspend.pence(), OffsetDateTime.now(clock), actor.username(), id)
        .update();
    audit.record(
        "crg.closed",
        "crime-reduction-allocation",
        String.valueOf(id),
        "approved "
            + allocation.approved().plain()
            + ", underspend returned "
            + underspend.plain());
    return get(actor, id);
  }

  private boolean exists(long cspId, FinancialYear year) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM crime_reduction_allocation WHERE csp_id = ? AND financial_year = ?")
            .params(cspId, year.startYear())
            .query(Integer.class)
            .single()
        > 0;
  }

  private AllocationView view(ResultSet rs, int n) throws SQLException {
    OrganisationView csp = organisations.get(rs.getLong("csp_id"));
    RoundView upfront = programmes.round(rs.getLong("upfront_round_id"));
    RoundView tactical = programmes.round(rs.getLong("tactical_round_id"));
    List<ApplicationView> upfrontCases = applications.inRound(upfront.id());
    List<ApplicationView> tacticalCases = applications.inRound(tactical.id());
    long underspend = rs.getLong("underspend_pence");
    Money underspendMoney = rs.wasNull() ? null : Money.ofPence(underspend);
    FinancialYear year = new FinancialYear(rs.getInt("financial_year"));
    return new AllocationView(
        rs.getLong("id"),
        csp.id(),
        csp.publicId(),
        csp.name(),
        year,
        new CrimeReductionGrantSplit(
            Money.ofPence(rs.getLong("total_pence")),
            Money.ofPence(rs.getLong("upfront_pence")),
            Money.ofPence(rs.getLong("tactical_pence"))),
        upfront.programme().publicId(),
        "crg-" + csp.publicId() + "-" + year.toString().replace('/', '-'),
        upfront,
        tactical,
        applications.approvedInRound(upfront.id()),
        applications.approvedInRound(tactical.id()),
        (int) upfrontCases.stream().filter(a -> a.status().isUndecided()).count(),
        (int) tacticalCases.stream().filter(a -> a.status().isUndecided()).count(),
        underspendMoney,
        rs.getObject("closed_at", OffsetDateTime.class),
        rs.getString("closed_by"));
  }

  /** "Kent Community Safety Partnership" gives "KCSP". */
  static String initials(String name) {
    StringBuilder out = new StringBuilder();
    Arrays.stream(name.split("[\\s-]+"))
        .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
        .forEach(w -> out.append(w.charAt(0)));
    return out.length() == 0
        ? name.substring(0, Math.min(4, name.length())).toUpperCase(Locale.UK)
        : out.toString();
  }
}
