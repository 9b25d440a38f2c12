package org.commissioninghub.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.commissioninghub.audit.DataQualityNotes;
import org.commissioninghub.awards.AwardLineRequest;
import org.commissioninghub.awards.AwardRequest;
import org.commissioninghub.awards.AwardResult;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.contracts.ContractRequest;
import org.commissioninghub.contracts.Contracts;
import org.commissioninghub.funding.BudgetLineRequest;
import org.commissioninghub.funding.Budgets;
import org.commissioninghub.funding.FundingBody;
import org.commissioninghub.funding.FundingStreamRequest;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.funding.StreamTermsRequest;
import org.commissioninghub.funding.YearEndRequest;
import org.commissioninghub.identity.UserAccounts;
import org.commissioninghub.organisations.OrganisationCommand;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.organisations.ProfileCommand;
import org.commissioninghub.shared.CsvReader;
import org.commissioninghub.shared.CsvReader.Row;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the Kent demo data from the readable CSV files in src/main/resources/demo through the same
 * feature APIs a user goes through, so every rule applies. All or nothing: one bad cell and the
 * database is left as it was, with the file, row and column named.
 */
@Service
public class DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final Organisations organisations;
  private final FundingStreams streams;
  private final Awards awards;
  private final Contracts contracts;
  private final DataQualityNotes notes;
  private final UserAccounts users;
  private final ResourceLoader resources;
  private final String location;
  private final TransactionTemplate transaction;
  private final DemoRounds rounds;
  private final DemoContractHistory contractHistory;
  private final DemoPayments demoPayments;
  private final DemoMonitoring demoMonitoring;
  private final DemoCrimeReduction demoCrimeReduction;
  private final DemoReportWords demoReportWords;
  private final DemoPriorities demoPriorities;
  private final DemoPanelPaper demoPanelPaper;
  private final org.commissioninghub.opendata.ThreeSixtyGiving threeSixty;
  private final java.time.Clock clock;
  private final Budgets budgets;

  DemoData(
      Organisations organisations,
      FundingStreams streams,
      Awards awards,
      Contracts contracts,
      DataQualityNotes notes,
      UserAccounts users,
      ResourceLoader resources,
      @Value("${commissioning.demo.location}") String location,
      PlatformTransactionManager transactions,
      DemoRounds rounds,
      DemoContractHistory contractHistory,
      DemoPayments demoPayments,
      DemoMonitoring demoMonitoring,
      DemoCrimeReduction demoCrimeReduction,
      DemoReportWords demoReportWords,
      DemoPriorities demoPriorities,
      DemoPanelPaper demoPanelPaper,
      org.commissioninghub.opendata.ThreeSixtyGiving threeSixty,
      java.time.Clock clock,
      Budgets budgets) {
    this.budgets = budgets;
    this.rounds = rounds;
    this.contractHistory = contractHistory;
    this.demoPayments = demoPayments;
    this.demoMonitoring = demoMonitoring;
    this.demoCrimeReduction = demoCrimeReduction;
    this.demoReportWords = demoReportWords;
    this.demoPriorities = demoPriorities;
    this.demoPanelPaper = demoPanelPaper;
    this.threeSixty = threeSixty;
    this.clock = clock;
    this.organisations = organisations;
    this.streams = streams;
    this.awards = awards;
    this.contracts = contracts;
    this.notes = notes;
    this.users = users;
    this.resources = resources;
    this.location = location.endsWith("/") ? location : location + "/";
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The demo sign-ins, as listed in demo/users.csv. */
  public List<String> usernames() {
    return read("users.csv", "username").stream().map(r -> r.get("username")).toList();
  }

  public boolean alreadyLoaded() {
    return !organisations.list().isEmpty();
  }

  /** Loads every file in one transaction: all of it, or (on any problem) none of it. */
  public DemoSummary load() {
    return transaction.execute(status -> loadAll());
  }

  private DemoSummary loadAll() {
    List<Row> orgRows = read("organisations.csv", "key", "name", "type", "roles", "aliases");
    each(orgRows, this::organisation);
    each(read("funding-sources.csv", "key", "name", "body", "funder"), this::source);
    List<Row> streamRows =
        read("funding-streams.csv", "key", "source", "name", "year", "amount", "group");
    int order = 0;
    for (Row row : streamRows) {
      int displayOrder = ++order;
      at(row, () -> stream(row, displayOrder));
    }
    each(read("stream-terms.csv", "stream"), this::streamTerms);
    each(read("budget-lines.csv", "year", "name", "budget"), this::budgetLine);
    each(read("year-end-decisions.csv", "year", "outcome", "amount"), this::yearEnd);
    List<Row> continuationRows =
        read("continuations.csv", "predecessor", "successor", "year", "offered_on", "send_to");
    java.util.Set<String> successors = new java.util.HashSet<>();
    continuationRows.forEach(r -> successors.add(r.get("successor")));
    List<Row> awardRows = read("awards.csv", "key", "organisation", "kind", "title", "status");
    // Next year's award of a continuation is made by accepting the continuation, below.
    each(awardRows.stream().filter(r -> !successors.contains(r.get("key"))).toList(), this::award);
    // Lines are added in file order, so reports list them as the source printed them.
    List<Row> lineRows =
        read("award-lines.csv", "award", "stream", "year", "category", "amount", "posts");
    Map<String, List<Row>> successorLines = new LinkedHashMap<>();
    for (Row line : lineRows) {
      if (successors.contains(line.get("award"))) {
        successorLines.computeIfAbsent(line.get("award"), k -> new ArrayList<>()).add(line);
      } else {
        at(line, () -> line(line));
      }
    }
    Map<String, String> programmeOf = new LinkedHashMap<>();
    awardRows.forEach(r -> programmeOf.put(r.get("key"), optional(r, "programme")));
    Map<String, List<Row>> lotsByContract = new LinkedHashMap<>();
    read("contract-lots.csv", "contract", "lot", "supplier", "value", "award")
        .forEach(
            r -> lotsByContract.computeIfAbsent(r.get("contract"), k -> new ArrayList<>()).add(r));
    List<Row> contractRows = read("contracts.csv", "key", "title", "start_date");
    each(
        contractRows, row -> contract(row, lotsByContract.getOrDefault(row.get("key"), List.of())));
    contractHistory.load(location);
    List<Row> noteRows =
        read(
            "data-quality-notes.csv",
            "entity",
            "key",
            "field",
            "read",
            "assumed",
            "source",
            "note");
    each(noteRows, this::note);
    List<Row> userRows =
        read("users.csv", "username", "display_name", "roles", "organisation", "password");
    each(userRows, this::user);
    policies(read("organisation-policies.csv", "organisation", "policy", "reviewed_months_ago"));
    each(
        continuationRows,
        row ->
            rounds.continuation(
                row,
                successorLines.getOrDefault(row.get("successor"), List.of()),
                programmeOf.get(row.get("successor"))));
    // Where services are delivered, once the continued awards exist.
    each(
        read("award-areas.csv", "award", "areas"),
        row -> awards.setAreas("officer", row.get("award"), list(row.get("areas"))));
    rounds.programmesAndRounds(location);
    List<Row> applicationRows =
        read("applications.csv", "round", "organisation", "title", "amounts", "received_at");
    each(applicationRows, rounds::pastApplication);
    List<Row> caseRows =
        read(
            "business-cases.csv",
            "title",
            "organisation",
            "project",
            "amount_as_printed",
            "amount");
    rounds.kcspCrimeReductionGrant(caseRows);
    // The plans first: a CRG project is tagged with the plan priority it is recorded against.
    demoPriorities.load(location);
    demoCrimeReduction.load(location);
    demoPayments.load();
    demoMonitoring.load(location);
    demoReportWords.load(location);
    demoPanelPaper.load();
    // The demo's grants are published as 360Giving data, as an officer would after checking them.
    threeSixty.publish("officer");
    DemoSummary summary =
        new DemoSummary(
            orgRows.size(),
            streamRows.size(),
            awardRows.size(),
            lineRows.size(),
            contractRows.size(),
            noteRows.size(),
            userRows.stream().map(r -> r.get("username")).toList());
    log.info("Demo data loaded: {}", summary);
    return summary;
  }

  private void organisation(Row row) {
    organisations.create(
        new OrganisationCommand(
                row.get("key"),
                row.get("name"),
                row.get("type"),
                new LinkedHashSet<>(list(row.get("roles"))),
                optional(row, "charity_number"),
                optional(row, "company_number"),
                optional(row, "org_identifier"),
                optional(row, "address"),
                optional(row, "postcode"),
                optional(row, "website"),
                list(row.get("aliases")))
            .toCommand(),
        false);
  }

  private void source(Row row) {
    String funder = row.get("funder");
    FundingBody body;
    try {
      body = FundingBody.valueOf(row.get("body"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInputException.of(
          "DEMO-1", "body", "\"" + row.get("body") + "\" is not a kind of funding body");
    }
    streams.createSource(
        row.get("key"),
        row.get("name"),
        body,
        funder == null ? null : organisations.get(funder).id());
  }

  private void stream(Row row, int displayOrder) {
    streams.create(
        new FundingStreamRequest(
                row.get("key"),
                row.get("source"),
                optional(row, "holder"),
                row.get("name"),
                optional(row, "short_name"),
                row.get("year"),
                row.get("amount"),
                "true".equalsIgnoreCase(optional(row, "ringfenced")),
                optional(row, "ringfence_purpose"),
                optional(row, "allowed_uses"),
                optional(row, "start_date"),
                optional(row, "end_date"),
                optional(row, "match_funding"),
                row.get("group"),
                displayOrder,
                optional(row, "notes"))
            .toCommand());
  }

  private void award(Row row) {
    awards.create(
        new AwardRequest(
                row.get("key"),
                row.get("organisation"),
                row.get("kind"),
                row.get("title"),
                optional(row, "service_description"),
                optional(row, "programme"),
                row.get("status"),
                optional(row, "award_date"),
                optional(row, "start_date"),
                optional(row, "end_date"),
                optional(row, "predecessor"),
                List.of())
            .toCommand());
  }

  private void line(Row row) {
    AwardResult result =
        awards.addLine(
            row.get("award"),
            new AwardLineRequest(
                    row.get("stream"),
                    row.get("year"),
                    row.get("category"),
                    row.get("amount"),
                    row.get("posts"))
                .toCommand());
    result.warnings().forEach(w -> log.warn("{}: {}", row.where("amount"), w));
  }

  private void contract(Row row, List<Row> lotRows) {
    contracts.create(
        new ContractRequest(
                row.get("key"),
                row.get("title"),
                optional(row, "service_description"),
                optional(row, "commissioned_year"),
                optional(row, "award_date"),
                row.get("start_date"),
                optional(row, "initial_term_months"),
                optional(row, "initial_end_date"),
                optional(row, "extension_months"),
                optional(row, "max_extensions"),
                optional(row, "annual_value"),
                optional(row, "total_value"),
                optional(row, "payment_frequency"),
                optional(row, "status"),
                optional(row, "ended_on"),
                optional(row, "notes"),
                lotRows.stream()
                    .map(
                        l ->
                            new ContractRequest.LotRequest(
                                l.get("lot"), l.get("supplier"), l.get("value"), l.get("award")))
                    .toList(),
                optional(row, "procurement_route"),
                null,
                null,
                optional(row, "victim_service"))
            .toCommand());
  }

  private void note(Row row) {
    notes.record(
        new DataQualityNotes.DataQualityNote(
            row.get("entity"),
            row.get("key"),
            row.get("field"),
            row.get("read"),
            row.get("assumed"),
            row.get("source"),
            row.get("note")));
  }

  /** Policies in providers' profiles, reviewed some months before the demo is loaded. */
  private void policies(List<Row> rows) {
    java.util.Map<String, java.util.Map<String, String>> byOrganisation =
        new java.util.LinkedHashMap<>();
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    each(
        rows,
        row ->
            byOrganisation
                .computeIfAbsent(row.get("organisation"), k -> new java.util.LinkedHashMap<>())
                .put(
                    row.get("policy"),
                    today
                        .minusMonths(Integer.parseInt(row.get("reviewed_months_ago")))
                        .toString()));
    byOrganisation.forEach(
        (publicId, policies) -> {
          OrganisationView o = organisations.get(publicId);
          organisations.updateProfile(
              "demo",
              publicId,
              o.version(),
              new ProfileCommand(
                  o.charityNumber(),
                  o.companyNumber(),
                  o.address(),
                  o.postcode(),
                  o.website(),
                  policies));
        });
  }

  private void budgetLine(Row row) {
    budgets.createLine(
        new BudgetLineRequest(
                null,
                row.get("year"),
                row.get("name"),
                row.get("budget"),
                row.get("outturn"),
                row.get("outturn_source"))
            .toCommand());
  }

  private void yearEnd(Row row) {
    budgets.decide(
        "demo",
        new YearEndRequest(
                row.get("budget_line"),
                null,
                row.get("outcome"),
                row.get("amount"),
                null,
                row.get("reasons"),
                row.get("decided_on"))
            .toCommand());
  }

  private void streamTerms(Row row) {
    streams.recordTerms(
        row.get("stream"),
        new StreamTermsRequest(
                row.get("ceases_on"),
                row.get("reported_as"),
                Boolean.parseBoolean(row.get("carry_forward_allowed")),
                Boolean.parseBoolean(row.get("unspent_returned")))
            .toCommand());
  }

  private void user(Row row) {
    String organisation = row.get("organisation");
    users.create(
        row.get("username"),
        row.get("display_name"),
        row.get("password"),
        list(row.get("roles")).stream()
            .map(Role::valueOf)
            .collect(java.util.stream.Collectors.toSet()),
        organisation == null ? null : organisations.get(organisation).id());
  }

  /** Runs the step for each row; a rule broken on a row is reported with the file and row. */
  private static void each(List<Row> rows, Consumer<Row> step) {
    rows.forEach(row -> at(row, () -> step.accept(row)));
  }

  private static void at(Row row, Runnable step) {
    try {
      step.run();
    } catch (InvalidInputException e) {
      List<FieldProblem> located = new ArrayList<>();
      for (FieldProblem p : e.problems()) {
        located.add(
            p.field().contains(" row ") ? p : new FieldProblem(row.where(p.field()), p.message()));
      }
      throw new InvalidInputException(e.code(), located);
    } catch (RuntimeException e) {
      throw new InvalidInputException(
          "DEMO-1", List.of(new FieldProblem(row.file() + " row " + row.line(), e.getMessage())));
    }
  }

  private List<Row> read(String file, String... columns) {
    try (InputStream in = resources.getResource(location + file).getInputStream()) {
      return CsvReader.parse(
          "demo/" + file,
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          Arrays.asList(columns));
    } catch (IOException e) {
      throw new IllegalStateException("The demo file " + location + file + " cannot be read", e);
    }
  }

  private static String optional(Row row, String column) {
    return row.cells().containsKey(column) ? row.get(column) : null;
  }

  private static List<String> list(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** What one load put in the database. */
  public record DemoSummary(
      int organisations,
      int streams,
      int awards,
      int lines,
      int contracts,
      int notes,
      List<String> users) {}
}
