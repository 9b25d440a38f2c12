package org.commissioninghub.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.commissioninghub.applications.ApplicationDraft;
import org.commissioninghub.applications.ApplicationView;
import org.commissioninghub.applications.NewApplication;
import org.commissioninghub.awards.AwardLineRequest;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.crimereduction.AllocationRequest;
import org.commissioninghub.crimereduction.AllocationView;
import org.commissioninghub.crimereduction.CrimeReductionGrants;
import org.commissioninghub.crimereduction.ProjectRequest;
import org.commissioninghub.decisions.ContinuationCommand;
import org.commissioninghub.decisions.Continuations;
import org.commissioninghub.decisions.DecisionCommand;
import org.commissioninghub.funding.BudgetLineRequest;
import org.commissioninghub.funding.BudgetLineView;
import org.commissioninghub.funding.Budgets;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.funding.YearEndRequest;
import org.commissioninghub.identity.UserAccounts;
import org.commissioninghub.organisations.OrganisationCommand;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.payments.HoldRequest;
import org.commissioninghub.payments.ImportRequest;
import org.commissioninghub.payments.LimitRequest;
import org.commissioninghub.payments.Payments;
import org.commissioninghub.payments.RunRequest;
import org.commissioninghub.payments.ScheduleRequest;
import org.commissioninghub.payments.ScheduledPaymentView;
import org.commissioninghub.programmes.ProgrammeCommand;
import org.commissioninghub.programmes.ProgrammeView;
import org.commissioninghub.programmes.RoundCommand;
import org.commissioninghub.programmes.RoundView;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Role;
import org.commissioninghub.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every "never more than" rule, with {@value #WRITERS} writers released at the same instant: the
 * rule holds, each loser is refused with a rule's own refusal (never a server error), and the
 * winners are exactly as many as the rule allows. Run on PostgreSQL and on the embedded H2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConcurrencyInvariants {

  static final int WRITERS = 50;
  static final String PASSWORD = "parallel writers all at once";
  static final FinancialYear YEAR = FinancialYear.parse("2024/25");

  @Autowired Fixtures fixtures;
  @Autowired Payments payments;
  @Autowired Awards awards;
  @Autowired Budgets budgets;
  @Autowired Continuations continuations;
  @Autowired CrimeReductionGrants crimeReduction;
  @Autowired Organisations organisations;
  @Autowired UserAccounts users;
  @Autowired JdbcClient jdbc;
  @Autowired java.time.Clock clock;
  @Autowired org.commissioninghub.programmes.Programmes programmes;
  @Autowired org.commissioninghub.applications.Applications applications;
  @Autowired org.commissioninghub.assessment.Assessments assessments;
  @Autowired org.commissioninghub.decisions.Decisions decisions;
  @LocalServerPort int port;

  private ExecutorService pool;
  private final Actor financeA = actor("conc-finance-a", Role.FINANCE);
  private final Actor financeB = actor("conc-finance-b", Role.FINANCE);
  private final Actor officer = actor("conc-officer", Role.OFFICER);
  private final Actor approver = actor("conc-approver", Role.APPROVER);
  private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");

  private static Actor actor(String name, Role role) {
    return new Actor(name, name, Set.of(role), null);
  }

  @BeforeAll
  void start() {
    pool = Executors.newFixedThreadPool(WRITERS);
    users.create(financeA.username(), "Finance A", PASSWORD, Role.FINANCE, null);
    users.create(financeB.username(), "Finance B", PASSWORD, Role.FINANCE, null);
    users.create(officer.username(), "Officer", PASSWORD, Role.OFFICER, null);
    users.create("conc-admin", "Admin", PASSWORD, Role.ADMIN, null);
    users.create(approver.username(), "Approver", PASSWORD, Role.APPROVER, null);
    payments.setLimit(
        actor("conc-admin", Role.ADMIN),
        new LimitRequest(financeB.username(), "10,000,000.00").toCommand());
  }

  @AfterAll
  void stop() {
    pool.shutdownNow();
  }

  /** What one writer's attempt came to. */
  record Outcome(boolean won, String refusal) {}

  /** Runs the writers together, released at one instant, and waits for every one. */
  List<Outcome> together(IntFunction<Callable<?>> writer) throws Exception {
    CountDownLatch ready = new CountDownLatch(WRITERS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Outcome>> futures = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      Callable<?> task = writer.apply(i);
      futures.add(
          pool.submit(
              () -> {
                ready.countDown();
                go.await();
                try {
                  task.call();
                  return new Outcome(true, null);
                } catch (InvalidInputException | ConflictException e) {
                  return new Outcome(false, e.getMessage());
                } catch (ConcurrencyFailureException | DuplicateKeyException e) {
                  return new Outcome(false, "concurrent: " + e.getClass().getSimpleName());
                }
              }));
    }
    ready.await(30, TimeUnit.SECONDS);
    go.countDown();
    List<Outcome> outcomes = new ArrayList<>();
    for (Future<Outcome> f : futures) {
      outcomes.add(f.get(120, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  /** How many won; the refusals are shown when a count is not what was expected. */
  static org.assertj.core.api.AbstractLongAssert<?> assertWinners(List<Outcome> outcomes) {
    return assertThat(outcomes.stream().filter(Outcome::won).count())
        .describedAs(
            "refusals: %s",
            outcomes.stream().filter(o -> !o.won()).map(Outcome::refusal).distinct().toList());
  }

  private OrganisationView organisation(String role) {
    return organisations.create(
        new OrganisationCommand(
                null,
                Fixtures.unique("Parallel " + role),
                "CHARITY",
                Set.of(role),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of())
            .toCommand(),
        // Names differ only in their random suffix, which the similar-name check may flag.
        true);
  }

  private AwardView award(String lineAmount) {
    FundingStreamView stream = fixtures.stream("2024/25", "1,000,000.00", false);
    return fixtures.award(organisation("PROVIDER"), stream, lineAmount);
  }

  private Money paidOnLine(AwardView award) {
    return Money.ofPence(
        jdbc.sql("SELECT COALESCE(SUM(amount_pence), 0) FROM payment WHERE award_line_id = ?")
            .param(award.lines().get(0).id())
            .query(Long.class)
            .single());
  }

  // ----------------------------------------------------------------- payments

  @Test
  void fiftyClientsPayingOneLineThroughTheApiNeverPayMoreThanItAndLosersGet422() throws Exception {
    AwardView award = award("1,000.00");
    HttpClient http = HttpClient.newHttpClient();
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (financeA.username() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    List<Integer> statuses = new ArrayList<>();
    List<Outcome> outcomes =
        together(
            i ->
                () -> {
                  String body =
                      """
                      {"date": "2024-09-01", "amount": "30.00", "reference": "PAR-%d",
                       "purpose": "Parallel payment", "paymentClass": "EXPENDITURE",
                       "award": "%s", "individual": false}"""
                          .formatted(i, award.publicId());
                  HttpResponse<String> response =
                      http.send(
                          HttpRequest.newBuilder(
                                  URI.create("http://127.0.0.1:" + port + "/api/v1/payments"))
                              .header("Authorization", auth)
                              .header("Content-Type", "application/json")
                              .POST(HttpRequest.BodyPublishers.ofString(body))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  synchronized (statuses) {
                    statuses.add(response.statusCode());
                  }
                  if (response.statusCode() >= 300) {
                    assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("application/problem+json");
                    throw new ConflictException("HTTP", response.body());
                  }
                  return null;
                });
    assertThat(statuses)
        .hasSize(WRITERS)
        .allMatch(s -> s == 201 || s == 200 || s == 422 || s == 409);
    assertWinners(outcomes).isEqualTo(33);
    assertThat(paidOnLine(award)).isEqualTo(Money.parse("990.00"));
    assertThat(outcomes.stream().filter(o -> !o.won()).map(Outcome::refusal))
        .allMatch(r -> r.contains("£1,000.00 awarded") || r.contains("at the same moment"));
  }

  @Test
  void fiftyApproversOfOneRunPayItOnce() throws Exception {
    AwardView award = award("1,000.00");
    List<ScheduledPaymentView> scheduled = schedule(award);
    long run =
        payments
            .createRun(
                financeA,
                new RunRequest(
                        "2024-10-01",
                        null,
                        scheduled.stream().map(ScheduledPaymentView::id).toList())
                    .toCommand())
            .id();
    List<Outcome> outcomes = together(i -> () -> payments.approveRun(financeB, run));
    assertWinners(outcomes).isEqualTo(1);
    assertThat(paidOnLine(award)).isEqualTo(Money.parse("1,000.00"));
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM payment WHERE run_id = ?")
                .param(run)
                .query(Long.class)
                .single())
        .isEqualTo(scheduled.size());
  }

  @Test
  void fiftyRunsPutTogetherAtOnceTakeEachScheduledPaymentOnce() throws Exception {
    AwardView award = award("1,000.00");
    List<Long> ids = schedule(award).stream().map(ScheduledPaymentView::id).toList();
    List<Outcome> outcomes =
        together(
            i ->
                () ->
                    payments.createRun(
                        financeA, new RunRequest("2024-10-01", null, ids).toCommand()));
    assertWinners(outcomes).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(DISTINCT run_id) FROM scheduled_payment WHERE award_public_id = ?")
                .param(award.publicId())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void fiftyImportsMatchingOneDuePaymentMarkItPaidOnce() throws Exception {
    AwardView award = award("1,000.00");
    ScheduledPaymentView first = schedule(award).get(0);
    String payee = award.organisationName();
    List<Outcome> outcomes =
        together(
            i ->
                () ->
                    payments.importCsv(
                        financeA,
                        new ImportRequest(
                                "parallel-" + i + ".csv",
                                "Date,Payee,Amount,Reference,Purpose\n2024-10-0"
                                    + (1 + i % 9)
                                    + ","
                                    + payee
                                    + ","
                                    + first.amount().plain()
                                    + ",IMP-"
                                    + i
                                    + ",Quarter one\n",
                                Map.of(
                                    "date", "Date",
                                    "payee", "Payee",
                                    "amount", "Amount",
                                    "reference", "Reference",
                                    "purpose", "Purpose"),
                                "EXPENDITURE")
                            .toCommand()));
    // Four quarters of the same amount are due, so up to four files find one each to pay.
    assertWinners(outcomes).isGreaterThanOrEqualTo(1);
    long paidQuarters =
        payments.schedules(award.publicId(), ScheduledPaymentView.Status.PAID, YEAR).size();
    assertThat(paidQuarters).isBetween(1L, 4L);
    assertThat(paidOnLine(award)).isEqualTo(first.amount().times(paidQuarters));
    assertThat(paidOnLine(award).isGreaterThan(Money.parse("1,000.00"))).isFalse();
  }

  @Test
  void fiftyReleasesOfOneHeldPaymentReleaseItOnce() throws Exception {
    AwardView award = award("1,000.00");
    ScheduledPaymentView first = schedule(award).get(0);
    payments.hold(
        financeA, first.id(), new HoldRequest("Return not in", "Q1 return accepted").toCommand());
    List<Outcome> outcomes = together(i -> () -> payments.release(financeA, first.id()));
    assertWinners(outcomes).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM audit_event WHERE action = 'scheduled-payment.released' AND entity_id = ?")
                .param(String.valueOf(first.id()))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private List<ScheduledPaymentView> schedule(AwardView award) {
    return payments.schedule(
        financeA,
        new ScheduleRequest(
                "AWARD",
                award.publicId(),
                "QUARTERLY_IN_ARREARS",
                null,
                "2024/25",
                "EXPENDITURE",
                null,
                null,
                null)
            .toCommand());
  }

  // ----------------------------------------------------------------- money allocated

  @Test
  void fiftyAwardsFromOneRingFencedStreamNeverAllocateMoreThanItReceived() throws Exception {
    FundingStreamView stream = fixtures.stream("2024/25", "1,000.00", true);
    OrganisationView org = organisation("PROVIDER");
    List<Outcome> outcomes =
        together(
            i ->
                () ->
                    awards.create(
                        Fixtures.awardRequest(org, List.of(Fixtures.line(stream, "30.00")))
                            .toCommand()));
    assertWinners(outcomes).isEqualTo(33);
    assertThat(awards.allocatedFrom(stream.id())).isEqualTo(Money.parse("990.00"));
  }

  @Test
  void fiftyContinuationOffersOfOneAwardMakeOneOffer() throws Exception {
    AwardView award = award("1,000.00");
    FundingStreamView next = fixtures.stream("2025/26", "1,000,000.00", false);
    List<AwardLineRequest> lines =
        List.of(new AwardLineRequest(next.publicId(), "2025/26", null, "1,000.00", null));
    List<Outcome> outcomes =
        together(i -> () -> continuations.offer(officer, offer(award, lines).toCommand()));
    assertWinners(outcomes).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM continuation WHERE predecessor_award = ?")
                .param(award.publicId())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void fiftyContinuationOffersNeverPromiseMoreThanARingFencedStreamReceived() throws Exception {
    FundingStreamView next = fixtures.stream("2025/26", "1,000.00", true);
    List<AwardView> predecessors = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      predecessors.add(award("100.00"));
    }
    List<Outcome> outcomes =
        together(
            i ->
                () ->
                    continuations.offer(
                        officer,
                        offer(
                                predecessors.get(i),
                                List.of(
                                    new AwardLineRequest(
                                        next.publicId(), "2025/26", null, "30.00", null)))
                            .toCommand()));
    assertWinners(outcomes).isEqualTo(33);
  }

  private static ContinuationCommand offer(AwardView predecessor, List<AwardLineRequest> lines) {
    return new ContinuationCommand(
        predecessor.publicId(),
        "2025/26",
        null,
        lines,
        "Quarterly returns met every target",
        "All grant conditions were kept",
        "provider@example.org",
        null,
        null,
        null);
  }

  // ----------------------------------------------------------------- a round's budget

  @Test
  void fiftyApprovalsAtOnceNeverTakeARoundOverItsBudget() throws Exception {
    String year = FinancialYear.containing(LocalDate.now(clock)).toString();
    OrganisationView office = organisation("FUNDER");
    OrganisationView applicant = organisation("PROVIDER");
    FundingStreamView stream = fixtures.stream(year, "1,000,000.00", false);
    String id = "par-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    ProgrammeView programme =
        programmes.createProgramme(
            new ProgrammeCommand(
                    id,
                    "Fund " + id,
                    "A fund many approve at once",
                    office.publicId(),
                    "£1,000",
                    1,
                    List.of("CHARITY"),
                    "Kent and Medway",
                    null,
                    1,
                    List.of(stream.publicId()),
                    List.of(),
                    List.of(
                        new ProgrammeCommand.Question(
                            "plan",
                            "What will you do?",
                            null,
                            "TEXT",
                            true,
                            10,
                            null,
                            false,
                            null,
                            null)),
                    List.of(
                        new ProgrammeCommand.Step(
                            1, "PCC approves", "APPROVER", false, null, null)),
                    List.of())
                .toCommand());
    java.time.format.DateTimeFormatter local =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock.withZone(UK));
    RoundView round =
        programmes.createRound(
            new RoundCommand(
                    null,
                    programme.publicId(),
                    "Round " + id,
                    id.toUpperCase(),
                    local.format(now.minusHours(1)),
                    local.format(now.plusHours(1)),
                    "£1,000",
                    year,
                    null,
                    null)
                .toCommand());
    List<String> references = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      ApplicationView draft =
          applications.start(
              officer,
              new NewApplication(round.publicId(), applicant.publicId(), "Bid " + i, Map.of())
                  .toCommand());
      draft =
          applications.save(
              officer,
              draft.reference(),
              draft.version(),
              new ApplicationDraft(
                      null,
                      "A summary",
                      "Sam Contact",
                      "sam@charity.example",
                      List.of("£30"),
                      Map.of("plan", "Six workshops in schools"))
                  .toCommand(draft.round().programme()));
      applications.submit(officer, draft.reference());
      assessments.screen(officer, draft.reference(), true, "Eligible");
      references.add(draft.reference());
    }
    List<Outcome> outcomes =
        together(
            i ->
                () -> {
                  String reference = references.get(i);
                  long step = decisions.chain(reference).steps().get(0).step().id();
                  return decisions.decide(
                      approver,
                      reference,
                      new DecisionCommand(step, "APPROVE", null, null, "Within budget", null)
                          .toCommand());
                });
    assertWinners(outcomes).isEqualTo(33);
    assertThat(outcomes.stream().filter(o -> !o.won()).map(Outcome::refusal).toList())
        .allMatch(r -> r.contains("over its budget of £1,000.00"));
  }

  // ----------------------------------------------------------------- year end and CRG

  @Test
  void fiftyYearEndDecisionsNeverDisposeOfMoreThanIsLeft() throws Exception {
    String id = "par-line-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    BudgetLineView line =
        budgets.createLine(
            new BudgetLineRequest(id, "2024/25", "Parallel line " + id, "2,000.00", null, null)
                .toCommand());
    line = budgets.recordOutturn(id, line.version(), "1,000.00", "Ledger at 31 March");
    List<Outcome> outcomes =
        together(
            i ->
                () ->
                    budgets.decide(
                        "conc-finance-a",
                        new YearEndRequest(
                                id,
                                null,
                                "TO_RESERVES",
                                "30.00",
                                null,
                                "Underspend to reserves",
                                LocalDate.of(2025, 4, 10).toString())
                            .toCommand()));
    assertWinners(outcomes).isEqualTo(33);
    assertThat(budgets.table(YEAR).undecided(budgets.line(id))).isEqualTo(Money.parse("10.00"));
  }

  @Test
  void fiftyProjectsFromOneCrimeReductionGrantNeverSpendMoreThanItsAllocation() throws Exception {
    OrganisationView csp = organisation("CSP");
    OrganisationView deliverer = organisation("PROVIDER");
    AllocationView allocation =
        crimeReduction.allocate(
            officer,
            new AllocationRequest(
                    csp.publicId(),
                    "2024/25",
                    "1,000.00",
                    fixtures.source().publicId(),
                    "2024-04-01T09:00",
                    "2024-06-30T17:00",
                    "2024-04-01T09:00",
                    "2025-03-31T17:00")
                .toCommand());
    assertThat(allocation.split().total()).isEqualTo(Money.parse("1,000.00"));
    List<Outcome> outcomes =
        together(
            i ->
                () ->
                    crimeReduction.recordProject(
                        officer,
                        new ProjectRequest(
                                "2024/25",
                                csp.publicId(),
                                deliverer.publicId(),
                                "Parallel project " + i,
                                "30.00",
                                CrimeReductionGrants.PLAN_PRIORITIES.get(0),
                                "Prevention",
                                false)
                            .toCommand()));
    assertWinners(outcomes).isEqualTo(33);
  }

  @Test
  void fiftyAllocationsOfOneCrimeReductionGrantMakeOne() throws Exception {
    OrganisationView csp = organisation("CSP");
    String source = fixtures.source().publicId();
    List<Outcome> outcomes =
        together(
            i ->
                () ->
                    crimeReduction.allocate(
                        officer,
                        new AllocationRequest(
                                csp.publicId(),
                                "2023/24",
                                "1,000.00",
                                source,
                                "2023-04-01T09:00",
                                "2023-06-30T17:00",
                                "2023-04-01T09:00",
                                "2024-03-31T17:00")
                            .toCommand()));
    assertWinners(outcomes).isEqualTo(1);
  }
}
