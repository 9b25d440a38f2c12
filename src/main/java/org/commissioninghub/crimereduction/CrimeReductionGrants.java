package org.commissioninghub.crimereduction;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.commissioninghub.applications.ApplicationView;
import org.commissioninghub.applications.Applications;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.funding.FundingStreamRequest;
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
import org.commissioninghub.shared.Role;
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

  /**
   * The priorities of the PCC's Making Kent Safer plan 2022–25, which Crime Reduction Grant
   * projects deliver (seeds/000 §4 names three of them; the others are the plan's own).
   */
  public static final List<String> PLAN_PRIORITIES =
      List.of(
          "Work with residents, communities and businesses to prevent crime and anti-social behaviour",
          "Tackle violence against women and girls",
          "Protect people from exploitation and abuse",
          "Combat organised crime and county lines",
          "Be visible and responsive to the needs of communities",
          "Protect young people and provide opportunities",
          "Prevent road danger and support safer roads");

  private final CrimeReductionRepository repository;
  private final Programmes programmes;
  private final Applications applications;
  private final FundingStreams streams;
  private final Organisations organisations;
  private final AuditLog audit;
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;

  CrimeReductionGrants(
      CrimeReductionRepository repository,
      Programmes programmes,
      Applications applications,
      FundingStreams streams,
      Organisations organisations,
      AuditLog audit,
      Clock clock,
      org.springframework.context.ApplicationEventPublisher events) {
    this.repository = repository;
    this.programmes = programmes;
    this.applications = applications;
    this.streams = streams;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Allocates a year's grant to a CSP: its ring-fenced stream, its programme and the two pots as
   * rounds, all or nothing. A CSP has one allocation a year.
   */
  @Transactional
  public AllocationView allocate(Actor officer, AllocationCommand command) {
    OrganisationView csp = csp(command.csp());
    FinancialYear year = command.year();
    if (repository.allocationOf(csp.id(), year).isPresent()) {
      throw new ConflictException(
          "CRG-2", csp.name() + " already has a Crime Reduction Grant for " + year);
    }
    CrimeReductionGrantSplit split = CrimeReductionGrantSplit.of(command.total());
    String slug = "crg-" + csp.publicId() + "-" + year.toString().replace('/', '-');
    createStream(csp, year, command.total(), slug, command.source());
    createProgramme(csp, split, slug, year);
    Pots pots = createRounds(csp, split, slug, year, command);
    long id =
        repository.insertAllocation(
            csp.id(),
            year,
            split,
            pots.upfront().programme().id(),
            pots.upfront().id(),
            pots.tactical().id());
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

  private OrganisationView csp(String publicId) {
    try {
      return organisations.get(publicId);
    } catch (NotFoundException e) {
      throw org.commissioninghub.shared.InvalidInputException.of(
          "CRG-1", "csp", "There is no CSP " + publicId);
    }
  }

  /** The CSP's ring-fenced stream, paid from the PCC's budget unless another source is named. */
  private void createStream(
      OrganisationView csp, FinancialYear year, Money total, String slug, String source) {
    streams.create(
        new FundingStreamRequest(
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
                null)
            .toCommand());
  }

  /** The fund the CSP runs, with its business-case questions and its decision chain. */
  private void createProgramme(
      OrganisationView csp, CrimeReductionGrantSplit split, String slug, FinancialYear year) {
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
                        2,
                        "Police and Crime Commissioner approves",
                        "APPROVER",
                        false,
                        null,
                        null)),
                List.of())
            .toCommand());
  }

  /** The two pots as rounds; the tactical pot opens after the upfront cases are decided. */
  private Pots createRounds(
      OrganisationView csp,
      CrimeReductionGrantSplit split,
      String slug,
      FinancialYear year,
      AllocationCommand command) {
    String prefix = referencePrefix(csp.name(), year);
    RoundView upfront =
        programmes.createRound(
            new RoundCommand(
                    slug + "-upfront",
                    slug,
                    "Upfront projects " + year,
                    prefix + "-U",
                    command.upfront().opens(),
                    command.upfront().closes(),
                    split.upfront().plain(),
                    year.toString(),
                    null,
                    null)
                .toCommand());
    RoundView tactical =
        programmes.createRound(
            new RoundCommand(
                    slug + "-tactical",
                    slug,
                    "Tactical pot " + year,
                    prefix + "-T",
                    command.tactical().opens(),
                    command.tactical().closes(),
                    split.tactical().plain(),
                    year.toString(),
                    null,
                    upfront.publicId())
                .toCommand());
    return new Pots(upfront, tactical);
  }

  private record Pots(RoundView upfront, RoundView tactical) {}

  @Transactional(readOnly = true)
  public List<AllocationView> list(Actor actor) {
    return repository.allocations().stream()
        .filter(a -> actor.maySee(a.cspId()))
        .map(this::view)
        .toList();
  }

  @Transactional(readOnly = true)
  public AllocationView get(Actor actor, long id) {
    return repository
        .allocation(id)
        .filter(a -> actor.maySee(a.cspId()))
        .map(this::view)
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
        actor.has(Role.CSP_LEAD)
            && actor.organisationId() != null
            && actor.organisationId() == allocation.cspId();
    if (!csp && !actor.has(Role.OFFICER) && !actor.has(Role.ADMIN)) {
      throw new ConflictException(
          "CRG-3", "Only " + allocation.cspName() + " or the OPCC can close this allocation");
    }
    AllocationStatus status = AllocationStatus.of(allocation);
    if (!status.canMoveTo(AllocationStatus.CLOSED)) {
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
    if (!repository.close(id, status, underspend, OffsetDateTime.now(clock), actor.username())) {
      throw new ConflictException("CRG-4", "This allocation was closed by someone else just now");
    }
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

  /**
   * Records a project the grant paid for. A partnership's projects together may not come to more
   * than its allocation; a third party's project is funded by the PCC directly.
   */
  @Transactional
  public ProjectView recordProject(Actor officer, ProjectCommand command) {
    Problems problems = new Problems();
    FinancialYear year = command.year();
    OrganisationView deliverer = organisation(problems, "organisation", command.organisation());
    Long allocationId = null;
    if (command.csp() != null) {
      OrganisationView csp = organisation(problems, "csp", command.csp());
      if (csp != null) {
        allocationId = allocationOf(csp.id(), year);
        if (allocationId == null) {
          problems.add("csp", csp.name() + " has no Crime Reduction Grant for " + year);
        } else {
          checkWithinAllocation(problems, allocationId, command.amount());
        }
      }
    }
    problems.throwIfAny("CRG-6");
    long id =
        repository.insertProject(
            command, allocationId, deliverer.id(), officer.username(), OffsetDateTime.now(clock));
    audit.record(
        "crg.project-recorded",
        "crime-reduction-project",
        String.valueOf(id),
        year
            + " "
            + deliverer.publicId()
            + " "
            + command.amount().plain()
            + (allocationId == null ? " (third party)" : " from allocation " + allocationId)
            + (command.illustrative() ? ", illustrative" : "")
            + " by "
            + officer.username());
    events.publishEvent(new ProjectRecorded(id, year, command.planPriority(), officer.username()));
    return projects(year).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<ProjectView> projects(FinancialYear year) {
    return repository.projects(year);
  }

  /** The year as the annual report states it, every figure counted from the records. */
  @Transactional(readOnly = true)
  public CrimeReductionYear year(FinancialYear year) {
    List<ProjectView> projects = projects(year);
    long[] allocations = repository.allocationsIn(year);
    Money thirdParties =
        projects.stream()
            .filter(p -> !p.deliveredByPartnership())
            .map(ProjectView::amount)
            .reduce(Money.ZERO, Money::plus);
    return new CrimeReductionYear(
        year, (int) allocations[0], Money.ofPence(allocations[1]), thirdParties, projects);
  }

  private void checkWithinAllocation(Problems problems, long allocationId, Money amount) {
    Money left = repository.leftForProjects(allocationId);
    if (amount.isGreaterThan(left)) {
      problems.add(
          "amount",
          "The partnership’s projects would come to more than its allocation: "
              + left.format()
              + " is left");
    }
  }

  private Long allocationOf(long cspId, FinancialYear year) {
    return repository.allocationOf(cspId, year).orElse(null);
  }

  private OrganisationView organisation(Problems problems, String field, String publicId) {
    try {
      return organisations.get(publicId);
    } catch (NotFoundException e) {
      problems.add(field, "There is no organisation " + publicId);
      return null;
    }
  }

  private AllocationView view(CrimeReductionRepository.AllocationRow row) {
    OrganisationView csp = organisations.get(row.cspId());
    RoundView upfront = programmes.round(row.upfrontRoundId());
    RoundView tactical = programmes.round(row.tacticalRoundId());
    List<ApplicationView> upfrontCases = applications.inRound(upfront.id());
    List<ApplicationView> tacticalCases = applications.inRound(tactical.id());
    return new AllocationView(
        row.id(),
        csp.id(),
        csp.publicId(),
        csp.name(),
        row.year(),
        row.split(),
        upfront.programme().publicId(),
        "crg-" + csp.publicId() + "-" + row.year().toString().replace('/', '-'),
        upfront,
        tactical,
        applications.approvedInRound(upfront.id()),
        applications.approvedInRound(tactical.id()),
        (int) upfrontCases.stream().filter(a -> a.status().isUndecided()).count(),
        (int) tacticalCases.stream().filter(a -> a.status().isUndecided()).count(),
        row.underspend(),
        row.closedAt(),
        row.closedBy());
  }

  /**
   * "CRG-KCSP-24" for the Kent Community Safety Partnership's 2024/25 grant; partnerships whose
   * initials are the same (Dartford and Dover) are numbered in the order they were allocated.
   */
  private String referencePrefix(String name, FinancialYear year) {
    String initials = initials(name);
    String suffix = "-" + String.format("%02d", year.startYear() % 100);
    java.util.Set<String> used = new java.util.HashSet<>();
    programmes.rounds().forEach(r -> used.add(r.referencePrefix()));
    String prefix = "CRG-" + initials + suffix;
    for (int n = 2; used.contains(prefix + "-U") || used.contains(prefix + "-T"); n++) {
      prefix = "CRG-" + initials + n + suffix;
    }
    return prefix;
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
