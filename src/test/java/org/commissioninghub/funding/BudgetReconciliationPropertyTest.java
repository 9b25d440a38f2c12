package org.commissioninghub.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.commissioninghub.awards.AwardLineRequest;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.awards.AwardRequest;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.payments.ImportRequest;
import org.commissioninghub.payments.ImportResult;
import org.commissioninghub.payments.PaymentRequest;
import org.commissioninghub.payments.Payments;
import org.commissioninghub.reporting.FundingPosition;
import org.commissioninghub.reporting.FundingPositionQuery;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.support.DatabaseSnapshot;
import org.commissioninghub.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Random sequences of awards, variations (lines added), payments, finance imports (each imported
 * twice) and year-end decisions, checked after every step against a ledger kept by the test: the
 * funding position reconciles to the penny (received = allocated + unallocated; unspent = received
 * − paid − decided), no award line is paid more than awarded, the sums by stream equal the sums by
 * organisation, a refused step changes nothing and a re-import changes nothing.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:reconcile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=true"
    })
class BudgetReconciliationPropertyTest {

  private static final int SEQUENCES = 6;
  private static final int STEPS = 25;

  @Autowired Fixtures fixtures;
  @Autowired Awards awards;
  @Autowired Payments payments;
  @Autowired Budgets budgets;
  @Autowired FundingPositionQuery positions;
  @Autowired Actors actors;
  @Autowired JdbcClient jdbc;

  /** Steps that went through and steps refused, by kind, so the test shows it exercised both. */
  private final Map<String, Integer> outcomes = new java.util.TreeMap<>();

  private void count(String what) {
    outcomes.merge(what, 1, Integer::sum);
  }

  /** What the test expects, kept apart from the application. */
  private static final class Ledger {
    final Map<String, Long> received = new LinkedHashMap<>();
    final Map<String, Long> allocated = new HashMap<>();
    final Map<String, Long> paid = new HashMap<>();
    final Map<String, Long> decided = new HashMap<>();
    final Map<Long, Long> linePaid = new HashMap<>();
    final Map<String, Long> byOrganisation = new HashMap<>();
  }

  @Test
  void budgetsReconcileToThePennyWhateverHappens() {
    long seed = Long.getLong("reconcile.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int sequence = 0; sequence < SEQUENCES; sequence++) {
      FinancialYear year = new FinancialYear(2000 + sequence);
      try {
        run(random, year);
      } catch (AssertionError e) {
        fail("seed " + seed + " (rerun with -Dreconcile.seed=" + seed + "), year " + year, e);
      }
    }
    assertThat(outcomes)
        .as("seed " + seed)
        .containsKeys(
            "award",
            "variation",
            "payment",
            "payment refused",
            "import",
            "year end",
            "year end refused");
  }

  private void run(Random random, FinancialYear year) {
    Actor finance = actors.byName("finance");
    Ledger ledger = new Ledger();
    List<FundingStreamView> streams = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long pence = 100_000L * (1 + random.nextInt(500));
      FundingStreamView s =
          fixtures.stream(year.label(), Money.ofPence(pence).plain(), random.nextBoolean());
      streams.add(s);
      ledger.received.put(s.publicId(), pence);
    }
    List<OrganisationView> organisations = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      organisations.add(fixtures.organisation(Fixtures.unique("Reconcile Charity")));
    }
    List<AwardView> made = new ArrayList<>();
    for (int step = 0; step < STEPS; step++) {
      int kind = random.nextInt(5);
      if (kind == 0 || made.isEmpty()) {
        award(random, year, streams, organisations, ledger, made);
      } else if (kind == 1) {
        vary(random, year, streams, ledger, made);
      } else if (kind == 2) {
        pay(random, finance, ledger, made);
      } else if (kind == 3) {
        importTwice(random, finance, year, streams, organisations, ledger);
      } else {
        yearEnd(random, streams, ledger);
      }
      check(year, streams, organisations, ledger);
    }
  }

  private void award(
      Random random,
      FinancialYear year,
      List<FundingStreamView> streams,
      List<OrganisationView> organisations,
      Ledger ledger,
      List<AwardView> made) {
    OrganisationView org = organisations.get(random.nextInt(organisations.size()));
    FundingStreamView stream = streams.get(random.nextInt(streams.size()));
    long amount = amountUpTo(random, ledger.received.get(stream.publicId()) / 2);
    AwardRequest command =
        new AwardRequest(
            null,
            org.publicId(),
            "GRANT",
            Fixtures.unique("Service"),
            "A service",
            null,
            "APPROVED",
            null,
            year.start().toString(),
            year.end().toString(),
            null,
            List.of(line(stream, year, amount)));
    boolean fits = fits(stream, ledger, amount);
    var before = DatabaseSnapshot.of(jdbc);
    try {
      AwardView award = awards.create(command.toCommand()).award();
      assertThat(fits || !stream.ringfenced()).as("an over-allocating ring-fenced award").isTrue();
      made.add(award);
      count("award");
      ledger.allocated.merge(stream.publicId(), amount, Long::sum);
      ledger.byOrganisation.merge(org.publicId(), amount, Long::sum);
    } catch (InvalidInputException e) {
      assertThat(stream.ringfenced() && !fits).as("refused: " + e.getMessage()).isTrue();
      assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
      count("award refused");
    }
  }

  /** A variation: another line on an existing award, from another stream of the same year. */
  private void vary(
      Random random,
      FinancialYear year,
      List<FundingStreamView> streams,
      Ledger ledger,
      List<AwardView> made) {
    AwardView award = awards.get(made.get(random.nextInt(made.size())).publicId());
    List<FundingStreamView> free =
        streams.stream()
            .filter(
                s -> award.lines().stream().noneMatch(l -> l.streamPublicId().equals(s.publicId())))
            .toList();
    if (free.isEmpty()) {
      return;
    }
    FundingStreamView stream = free.get(random.nextInt(free.size()));
    long amount = amountUpTo(random, ledger.received.get(stream.publicId()) / 3);
    boolean fits = fits(stream, ledger, amount);
    var before = DatabaseSnapshot.of(jdbc);
    try {
      awards.addLine(award.publicId(), line(stream, year, amount).toCommand());
      assertThat(fits || !stream.ringfenced()).isTrue();
      ledger.allocated.merge(stream.publicId(), amount, Long::sum);
      String org =
          jdbc.sql("SELECT o.public_id FROM organisation o WHERE o.id = ?")
              .param(award.organisationId())
              .query(String.class)
              .single();
      ledger.byOrganisation.merge(org, amount, Long::sum);
      count("variation");
    } catch (InvalidInputException e) {
      assertThat(stream.ringfenced() && !fits).as("refused: " + e.getMessage()).isTrue();
      assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }
  }

  /** A payment against a line: sometimes more than is left on it, which must be refused. */
  private void pay(Random random, Actor finance, Ledger ledger, List<AwardView> made) {
    AwardView award = awards.get(made.get(random.nextInt(made.size())).publicId());
    AwardLineView line = award.lines().get(random.nextInt(award.lines().size()));
    long left = line.amount().pence() - ledger.linePaid.getOrDefault(line.id(), 0L);
    long amount =
        random.nextInt(4) == 0 ? left + 1 + random.nextInt(10_000) : amountUpTo(random, left);
    if (amount <= 0) {
      return;
    }
    var before = DatabaseSnapshot.of(jdbc);
    try {
      payments.record(
          finance,
          new PaymentRequest(
                  line.year().start().plusMonths(random.nextInt(12)).toString(),
                  Money.ofPence(amount).plain(),
                  null,
                  false,
                  Fixtures.unique("PAY"),
                  null,
                  null,
                  "Grant instalment",
                  "CDR_GRANT",
                  award.publicId(),
                  String.valueOf(line.id()),
                  null,
                  null)
              .toCommand());
      assertThat(amount).as("paid beyond the line").isLessThanOrEqualTo(left);
      ledger.linePaid.merge(line.id(), amount, Long::sum);
      ledger.paid.merge(line.streamPublicId(), amount, Long::sum);
      count("payment");
    } catch (InvalidInputException | ConflictException e) {
      assertThat(amount).as("refused: " + e.getMessage()).isGreaterThan(left);
      assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
      count("payment refused");
    }
  }

  /** Actual payments from the finance system, imported, then the same file imported again. */
  private void importTwice(
      Random random,
      Actor finance,
      FinancialYear year,
      List<FundingStreamView> streams,
      List<OrganisationView> organisations,
      Ledger ledger) {
    StringBuilder csv = new StringBuilder("Date,Payee,Amount,Ref,Stream,Purpose\n");
    Map<String, Long> added = new HashMap<>();
    int rows = 1 + random.nextInt(3);
    for (int i = 0; i < rows; i++) {
      FundingStreamView stream = streams.get(random.nextInt(streams.size()));
      long amount = 100 + random.nextInt(50_000);
      csv.append(year.start().plusDays(random.nextInt(300)))
          .append(',')
          .append(organisations.get(random.nextInt(organisations.size())).name())
          .append(',')
          .append(Money.ofPence(amount).plain())
          .append(',')
          .append(Fixtures.unique("FIN").replace(' ', '-'))
          .append(',')
          .append(stream.publicId())
          .append(",Office costs\n");
      added.merge(stream.publicId(), amount, Long::sum);
    }
    Map<String, String> mapping = new LinkedHashMap<>();
    mapping.put("date", "Date");
    mapping.put("payee", "Payee");
    mapping.put("amount", "Amount");
    mapping.put("reference", "Ref");
    mapping.put("stream", "Stream");
    mapping.put("purpose", "Purpose");
    String name = Fixtures.unique("ledger") + ".csv";
    ImportResult first =
        payments.importCsv(
            finance, new ImportRequest(name, csv.toString(), mapping, "EXPENDITURE").toCommand());
    assertThat(first.added()).isEqualTo(rows);
    added.forEach((stream, amount) -> ledger.paid.merge(stream, amount, Long::sum));
    var afterFirst = DatabaseSnapshot.of(jdbc);
    ImportResult again =
        payments.importCsv(
            finance, new ImportRequest(name, csv.toString(), mapping, "EXPENDITURE").toCommand());
    assertThat(again.added()).isZero();
    assertThat(DatabaseSnapshot.of(jdbc)).as("a re-import changes nothing").isEqualTo(afterFirst);
    count("import");
  }

  /** A year-end decision on what a stream has not spent: sometimes more than that, refused. */
  private void yearEnd(Random random, List<FundingStreamView> streams, Ledger ledger) {
    FundingStreamView stream = streams.get(random.nextInt(streams.size()));
    long unspent =
        ledger.received.get(stream.publicId())
            - ledger.paid.getOrDefault(stream.publicId(), 0L)
            - ledger.decided.getOrDefault(stream.publicId(), 0L);
    long amount = random.nextInt(4) == 0 ? unspent + 1 : amountUpTo(random, unspent);
    if (amount <= 0) {
      return;
    }
    var before = DatabaseSnapshot.of(jdbc);
    try {
      budgets.decide(
          "finance",
          new YearEndCommand(
              null,
              stream.publicId(),
              "TO_RESERVES",
              Money.ofPence(amount).plain(),
              null,
              "Year-end underspend",
              null));
      assertThat(amount).as("decided beyond what is unspent").isLessThanOrEqualTo(unspent);
      ledger.decided.merge(stream.publicId(), amount, Long::sum);
      count("year end");
    } catch (InvalidInputException e) {
      assertThat(amount).as("refused: " + e.getMessage()).isGreaterThan(unspent);
      assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
      count("year end refused");
    }
  }

  private void check(
      FinancialYear year,
      List<FundingStreamView> streams,
      List<OrganisationView> organisations,
      Ledger ledger) {
    FundingPosition position = positions.position(year, null);
    long totalAllocated = 0;
    for (FundingStreamView s : streams) {
      FundingPosition.StreamLine line =
          position.streams().stream()
              .filter(l -> l.publicId().equals(s.publicId()))
              .findFirst()
              .orElseThrow();
      long received = ledger.received.get(s.publicId());
      long allocated = ledger.allocated.getOrDefault(s.publicId(), 0L);
      long paid = ledger.paid.getOrDefault(s.publicId(), 0L);
      long decided = ledger.decided.getOrDefault(s.publicId(), 0L);
      assertThat(line.received().pence()).isEqualTo(received);
      assertThat(line.allocated().pence()).as("allocated " + s.name()).isEqualTo(allocated);
      assertThat(line.paid().pence()).as("paid " + s.name()).isEqualTo(paid);
      assertThat(line.allocated().plus(line.remaining()).pence()).isEqualTo(received);
      assertThat(line.unspent().pence()).isEqualTo(received - paid - decided);
      assertThat(budgets.unspentLeft(s).pence()).isEqualTo(received - paid - decided);
      totalAllocated += allocated;
    }
    assertThat(position.totalAllocated().pence()).isEqualTo(totalAllocated);
    // The same money added up by organisation.
    long byOrganisation = 0;
    for (OrganisationView org : organisations) {
      long lines =
          awards.forOrganisation(org.id()).stream()
              .flatMap(a -> a.lines().stream())
              .mapToLong(l -> l.amount().pence())
              .sum();
      assertThat(lines).isEqualTo(ledger.byOrganisation.getOrDefault(org.publicId(), 0L));
      byOrganisation += lines;
    }
    assertThat(byOrganisation).isEqualTo(totalAllocated);
    // No line anywhere is paid more than it was awarded.
    List<String> overpaid =
        jdbc.sql(
                """
                SELECT CAST(l.id AS VARCHAR(20)) FROM award_line l
                WHERE l.amount_pence < (SELECT COALESCE(SUM(p.amount_pence), 0) FROM payment p
                  WHERE p.award_line_id = l.id)""")
            .query(String.class)
            .list();
    assertThat(overpaid).as("award lines paid more than awarded").isEmpty();
  }

  private static boolean fits(FundingStreamView stream, Ledger ledger, long amount) {
    return ledger.allocated.getOrDefault(stream.publicId(), 0L) + amount
        <= ledger.received.get(stream.publicId());
  }

  private static long amountUpTo(Random random, long max) {
    return max <= 1 ? max : 1 + (long) (random.nextDouble() * max);
  }

  private static AwardLineRequest line(FundingStreamView stream, FinancialYear year, long pence) {
    return new AwardLineRequest(
        stream.publicId(), year.label(), null, Money.ofPence(pence).plain(), null);
  }
}
