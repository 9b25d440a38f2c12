package org.commissioninghub.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.commissioninghub.reporting.AwardsMatrix;
import org.commissioninghub.reporting.AwardsMatrixQuery;
import org.commissioninghub.reporting.FundingPosition;
import org.commissioninghub.reporting.FundingPositionQuery;
import org.commissioninghub.reporting.ReadModels;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * National scale: 41 PCC areas × 10 financial years × 300 awards with 1–4 lines each, generated
 * deterministically, then the awards matrix and the year totals for one PCC-year measured over 200
 * requests each. Not a test (no Surefire or Failsafe name): run it and record the figures in
 * docs/performance.md.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.commissioninghub.benchmark.NationalScaleBenchmark -Dexec.args="--db=postgres"
 * </pre>
 *
 * <p>Any wrong total throws, so Maven ends with BUILD FAILURE and a non-zero exit code: figures are
 * only printed for answers that are right.
 */
public final class NationalScaleBenchmark {

  static final int AREAS = 41;
  static final int YEARS = 10;
  static final int FIRST_YEAR = 2015;
  static final int STREAMS_PER_YEAR = 6;
  static final int AWARDS_PER_AREA_YEAR = 300;
  static final int PROVIDERS_PER_AREA = 200;
  static final int MAX_LINES_PER_AWARD = 4;
  static final int WARM_UP = 50;
  static final int REQUESTS = 200;
  static final FinancialYear MEASURED_YEAR = new FinancialYear(FIRST_YEAR + YEARS / 2);
  static final long SEED = 20250331L;

  private static final String POSTGRES_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
  private static final String POSTGRES_BENCH_DATABASE = "commissioning_bench";

  private NationalScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    String db = database(args);
    // exec:java runs inside Maven's JVM, so heap is reported relative to what Maven already holds.
    long heapBefore = heapUsedAfterGc();
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    String url = prepareDatabase(db);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(db.equals("postgres") ? "postgres" : "sa");
    config.setPassword("");
    config.setMaximumPoolSize(4);
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      long start = System.nanoTime();
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      long migrateMillis = millisSince(start);

      start = System.nanoTime();
      DataSet data = generate(dataSource);
      long loadMillis = millisSince(start);

      start = System.nanoTime();
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
      long analyzeMillis = millisSince(start);

      JdbcClient jdbc = JdbcClient.create(dataSource);
      AwardsMatrixQuery matrices = ReadModels.matrix(jdbc);
      FundingPositionQuery positions = ReadModels.position(jdbc);

      String verified = verify(jdbc, matrices, positions, data);

      for (int i = 0; i < WARM_UP; i++) {
        long pcc = data.pccIds[i % AREAS];
        matrices.matrix(MEASURED_YEAR, null, pcc);
        positions.position(MEASURED_YEAR, pcc);
      }
      long[] matrixTimes = new long[REQUESTS];
      long[] totalsTimes = new long[REQUESTS];
      for (int i = 0; i < REQUESTS; i++) {
        // 7 and 41 are coprime, so the requests visit every PCC in turn, never two alike in a row.
        int area = (i * 7) % AREAS;
        long pcc = data.pccIds[area];
        long t0 = System.nanoTime();
        AwardsMatrix matrix = matrices.matrix(MEASURED_YEAR, null, pcc);
        long t1 = System.nanoTime();
        FundingPosition position = positions.position(MEASURED_YEAR, pcc);
        long t2 = System.nanoTime();
        matrixTimes[i] = t1 - t0;
        totalsTimes[i] = t2 - t1;
        long expected = data.expectedPence(area, MEASURED_YEAR);
        requireEqual("request " + i + " matrix grand total", matrix.grandTotal().pence(), expected);
        requireEqual(
            "request " + i + " year totals allocated", position.totalAllocated().pence(), expected);
      }
      long heapAfter = heapUsedAfterGc();
      double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

      System.out.println();
      System.out.println("Commissioning Hub national-scale benchmark");
      System.out.println(
          "machine: "
              + Runtime.getRuntime().availableProcessors()
              + " processors, Java "
              + ManagementFactory.getRuntimeMXBean().getVmVersion()
              + ", max heap "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB; load average "
              + String.format("%.2f at start, %.2f at end", loadBefore, loadAfter));
      System.out.println(
          "database: " + describe(dataSource) + " (" + url.replaceAll("\\?.*", "") + ")");
      System.out.println("data set: " + counts(jdbc));
      System.out.println(
          "migrate: "
              + migrateMillis
              + " ms; load: "
              + loadMillis
              + " ms; analyze: "
              + analyzeMillis
              + " ms");
      System.out.println("verified: " + verified);
      System.out.println(
          "measured: "
              + MEASURED_YEAR.label()
              + ", all streams, holder = each of the "
              + AREAS
              + " PCCs in turn; "
              + WARM_UP
              + " warm-up requests, then "
              + REQUESTS
              + " of each");
      System.out.println("awards matrix: " + percentiles(matrixTimes));
      System.out.println("year totals:   " + percentiles(totalsTimes));
      System.out.println(
          "heap used after GC: "
              + mb(heapAfter)
              + " MB after the run; "
              + mb(heapBefore)
              + " MB before it, all Maven's own (exec:java shares Maven's JVM; H2 runs in it too)");
    }
  }

  private static String database(String[] args) {
    String db = "h2";
    for (String arg : args) {
      if (arg.startsWith("--db=")) {
        db = arg.substring("--db=".length());
      } else {
        throw new IllegalArgumentException("Unknown argument " + arg + "; use --db=h2|postgres");
      }
    }
    if (!db.equals("h2") && !db.equals("postgres")) {
      throw new IllegalArgumentException("--db must be h2 or postgres, not " + db);
    }
    return db;
  }

  private static String prepareDatabase(String db) throws Exception {
    if (db.equals("postgres")) {
      try (Connection c = DriverManager.getConnection(POSTGRES_ADMIN_URL, "postgres", "");
          Statement s = c.createStatement()) {
        // FORCE (PostgreSQL 13+) ends sessions a previous, interrupted run may have left open.
        s.execute("DROP DATABASE IF EXISTS " + POSTGRES_BENCH_DATABASE + " WITH (FORCE)");
        s.execute("CREATE DATABASE " + POSTGRES_BENCH_DATABASE);
      }
      return "jdbc:postgresql://127.0.0.1:5432/"
          + POSTGRES_BENCH_DATABASE
          + "?reWriteBatchedInserts=true";
    }
    Path file = Path.of("target/bench/commissioning").toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(Path.of(file + ".mv.db"));
    Files.deleteIfExists(Path.of(file + ".trace.db"));
    return "jdbc:h2:file:"
        + file
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  /**
   * Inserts the data set year by year, one transaction per year. Within a year the PCC areas take
   * turns, award by award, as they would in one national database, so one PCC-year's rows are
   * spread over the tables rather than stored together. The expected totals are added up here, in
   * Java, so the SQL can be checked against something that is not SQL.
   */
  private static DataSet generate(HikariDataSource dataSource) throws SQLException {
    Random random = new Random(SEED);
    Timestamp now = Timestamp.from(Instant.parse("2025-04-01T00:00:00Z"));
    DataSet data = new DataSet();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      long orgId = 0;
      try (PreparedStatement org =
              c.prepareStatement(
                  "INSERT INTO organisation (id, public_id, name, match_key, type, created_at,"
                      + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement role =
              c.prepareStatement(
                  "INSERT INTO organisation_role (organisation_id, role) VALUES (?, ?)")) {
        for (int area = 0; area < AREAS; area++) {
          data.pccIds[area] = ++orgId;
          addOrg(
              org, role, orgId, "pcc-" + area, "Police and Crime Commissioner " + area, "PCC", now);
          for (int p = 0; p < PROVIDERS_PER_AREA; p++) {
            String name = "Provider " + area + "-" + p;
            addOrg(org, role, ++orgId, "provider-" + area + "-" + p, name, "CHARITY", now);
          }
        }
        org.executeBatch();
        role.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO funding_source (id, public_id, name, body)"
                + " VALUES (1, 'moj', 'Ministry of Justice', 'MOJ')");
      }
      c.commit();

      long streamId = 0;
      long awardId = 0;
      long lineId = 0;
      try (PreparedStatement stream =
              c.prepareStatement(
                  "INSERT INTO funding_stream (id, public_id, source_id, holder_id, name,"
                      + " short_name, financial_year, amount_pence, ringfenced, stream_group,"
                      + " display_order, start_date, end_date, created_at, updated_at)"
                      + " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, 'victim-services', ?, ?, ?, ?, ?)");
          PreparedStatement award =
              c.prepareStatement(
                  "INSERT INTO award (id, public_id, organisation_id, kind, title,"
                      + " service_description, status, award_date, start_date, end_date,"
                      + " created_at, updated_at)"
                      + " VALUES (?, ?, ?, 'GRANT', ?, ?, 'ENDED', ?, ?, ?, ?, ?)");
          PreparedStatement line =
              c.prepareStatement(
                  "INSERT INTO award_line (id, award_id, stream_id, financial_year, category,"
                      + " amount_pence) VALUES (?, ?, ?, ?, '', ?)")) {
        List<Integer> streamOrder = new ArrayList<>();
        for (int s = 0; s < STREAMS_PER_YEAR; s++) {
          streamOrder.add(s);
        }
        for (int y = 0; y < YEARS; y++) {
          FinancialYear fy = new FinancialYear(FIRST_YEAR + y);
          long[] firstStream = new long[AREAS];
          for (int area = 0; area < AREAS; area++) {
            firstStream[area] = streamId + 1;
            for (int s = 0; s < STREAMS_PER_YEAR; s++) {
              stream.setLong(1, ++streamId);
              stream.setString(2, "stream-" + area + "-" + fy.startYear() + "-" + s);
              stream.setLong(3, data.pccIds[area]);
              stream.setString(4, "Stream " + s + " " + fy.label());
              stream.setString(5, "S" + s);
              stream.setInt(6, fy.startYear());
              stream.setLong(7, 700_000_000L + random.nextInt(100_000_000));
              stream.setBoolean(8, s > 0);
              stream.setInt(9, s);
              stream.setObject(10, fy.start());
              stream.setObject(11, fy.end());
              stream.setTimestamp(12, now);
              stream.setTimestamp(13, now);
              stream.addBatch();
            }
          }
          stream.executeBatch();
          for (int a = 0; a < AWARDS_PER_AREA_YEAR; a++) {
            for (int area = 0; area < AREAS; area++) {
              award.setLong(1, ++awardId);
              award.setString(2, "award-" + awardId);
              award.setLong(3, data.pccIds[area] + 1 + random.nextInt(PROVIDERS_PER_AREA));
              award.setString(4, "Service " + awardId);
              award.setString(5, "Support for victims, project " + awardId);
              award.setObject(6, fy.start().minusMonths(1));
              award.setObject(7, fy.start());
              award.setObject(8, fy.end());
              award.setTimestamp(9, now);
              award.setTimestamp(10, now);
              award.addBatch();
              int lines = 1 + random.nextInt(MAX_LINES_PER_AWARD);
              Collections.shuffle(streamOrder, random);
              for (int l = 0; l < lines; l++) {
                long pence = 100_000 + random.nextInt(10_000_000);
                line.setLong(1, ++lineId);
                line.setLong(2, awardId);
                line.setLong(3, firstStream[area] + streamOrder.get(l));
                line.setInt(4, fy.startYear());
                line.setLong(5, pence);
                line.addBatch();
                data.pence[area][y] += pence;
                data.lines[area][y]++;
              }
            }
            if (a % 50 == 49) {
              award.executeBatch();
              line.executeBatch();
            }
          }
          award.executeBatch();
          line.executeBatch();
          c.commit();
        }
      }
      restartIdentities(c, orgId, streamId, awardId, lineId);
      c.commit();
    }
    return data;
  }

  private static void addOrg(
      PreparedStatement org,
      PreparedStatement role,
      long id,
      String publicId,
      String name,
      String type,
      Timestamp now)
      throws SQLException {
    org.setLong(1, id);
    org.setString(2, publicId);
    org.setString(3, name);
    org.setString(4, name.toLowerCase());
    org.setString(5, type);
    org.setTimestamp(6, now);
    org.setTimestamp(7, now);
    org.addBatch();
    role.setLong(1, id);
    role.setString(2, type.equals("PCC") ? "FUNDER" : "PROVIDER");
    role.addBatch();
  }

  private static void restartIdentities(Connection c, long... next) throws SQLException {
    String[] tables = {"organisation", "funding_stream", "award", "award_line"};
    try (Statement s = c.createStatement()) {
      for (int i = 0; i < tables.length; i++) {
        s.execute("ALTER TABLE " + tables[i] + " ALTER COLUMN id RESTART WITH " + (next[i] + 1));
      }
    }
  }

  /**
   * Every PCC-year the requests visit, checked three ways: the read models, an independent SUM and
   * COUNT over the holder's lines, and the totals the generator added up in Java.
   */
  private static String verify(
      JdbcClient jdbc, AwardsMatrixQuery matrices, FundingPositionQuery positions, DataSet data) {
    List<String> problems = new ArrayList<>();
    int minRows = Integer.MAX_VALUE;
    int maxRows = 0;
    long allPence = 0;
    long allLines = 0;
    for (int area = 0; area < AREAS; area++) {
      long holder = data.pccIds[area];
      String where = "PCC " + area + " (holder " + holder + ") " + MEASURED_YEAR.label();
      long[] independent =
          jdbc.sql(
                  "SELECT COALESCE(SUM(l.amount_pence), 0), COUNT(*) FROM award_line l"
                      + " WHERE l.financial_year = ? AND l.stream_id IN"
                      + " (SELECT s.id FROM funding_stream s"
                      + " WHERE s.holder_id = ? AND s.financial_year = ?)")
              .params(MEASURED_YEAR.startYear(), holder, MEASURED_YEAR.startYear())
              .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
              .single();
      long expectedPence = data.expectedPence(area, MEASURED_YEAR);
      long expectedLines = data.lines[area][MEASURED_YEAR.startYear() - FIRST_YEAR];
      AwardsMatrix matrix = matrices.matrix(MEASURED_YEAR, null, holder);
      FundingPosition position = positions.position(MEASURED_YEAR, holder);
      long rowsTotal =
          matrix.rows().stream().map(AwardsMatrix.Row::total).mapToLong(Money::pence).sum();
      check(problems, where + ": SUM over lines vs generated", independent[0], expectedPence);
      check(problems, where + ": COUNT of lines vs generated", independent[1], expectedLines);
      check(
          problems,
          where + ": matrix grand total vs SUM",
          matrix.grandTotal().pence(),
          independent[0]);
      check(problems, where + ": matrix row totals vs SUM", rowsTotal, independent[0]);
      check(problems, where + ": matrix line count vs COUNT", matrix.lineCount(), independent[1]);
      check(problems, where + ": matrix columns", matrix.columns().size(), STREAMS_PER_YEAR);
      check(
          problems,
          where + ": year totals allocated vs SUM",
          position.totalAllocated().pence(),
          independent[0]);
      check(problems, where + ": year totals streams", position.streams().size(), STREAMS_PER_YEAR);
      minRows = Math.min(minRows, matrix.rows().size());
      maxRows = Math.max(maxRows, matrix.rows().size());
      allPence += independent[0];
      allLines += independent[1];
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Wrong totals at national scale:\n  " + String.join("\n  ", problems));
    }
    return AREAS
        + " PCC-years of "
        + MEASURED_YEAR.label()
        + ": matrix grand total, matrix row totals and year totals equal an independent SUM and"
        + " the generated totals; "
        + minRows
        + "–"
        + maxRows
        + " organisations × "
        + STREAMS_PER_YEAR
        + " streams per matrix, "
        + allLines / AREAS
        + " lines and "
        + Money.ofPence(allPence / AREAS)
        + " per PCC-year on average";
  }

  private static void check(List<String> problems, String what, long actual, long expected) {
    if (actual != expected) {
      problems.add(what + ": " + actual + " but expected " + expected);
    }
  }

  private static void requireEqual(String what, long actual, long expected) {
    if (actual != expected) {
      throw new IllegalStateException(what + ": " + actual + " but expected " + expected);
    }
  }

  private static String describe(HikariDataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }
  }

  private static String counts(JdbcClient jdbc) {
    List<String> parts = new ArrayList<>();
    for (String table : List.of("organisation", "funding_stream", "award", "award_line")) {
      parts.add(table + "=" + jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
    }
    return String.join(", ", parts);
  }

  /** Nearest-rank percentiles, the same rule for each. */
  private static String percentiles(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)",
        rank(sorted, 0.50) / 1e6,
        rank(sorted, 0.95) / 1e6,
        rank(sorted, 0.99) / 1e6,
        sorted[sorted.length - 1] / 1e6,
        sorted.length);
  }

  private static long rank(long[] sorted, double p) {
    return sorted[(int) Math.ceil(sorted.length * p) - 1];
  }

  private static long heapUsedAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long mb(long bytes) {
    return bytes / (1024 * 1024);
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** The PCC organisation ids, and the totals the generator wrote, per area and year. */
  private static final class DataSet {
    final long[] pccIds = new long[AREAS];
    final long[][] pence = new long[AREAS][YEARS];
    final int[][] lines = new int[AREAS][YEARS];

    long expectedPence(int area, FinancialYear year) {
      return pence[area][year.startYear() - FIRST_YEAR];
    }
  }
}
