package org.commissioninghub.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.commissioninghub.reporting.AwardsMatrix;
import org.commissioninghub.reporting.AwardsMatrixQuery;
import org.commissioninghub.reporting.FundingPosition;
import org.commissioninghub.reporting.FundingPositionQuery;
import org.commissioninghub.reporting.ReadModels;
import org.commissioninghub.shared.FinancialYear;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * National scale: 41 PCC areas × 10 financial years × 300 awards with 1–4 lines each, generated
 * deterministically, then the awards matrix and the year totals for one PCC-year measured over 200
 * requests each. Not a test: run it and record the figures in docs/performance.md.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.commissioninghub.benchmark.NationalScaleBenchmark -Dexec.args="--db=postgres"
 * </pre>
 */
public final class NationalScaleBenchmark {

  static final int AREAS = 41;
  static final int YEARS = 10;
  static final int FIRST_YEAR = 2015;
  static final int STREAMS_PER_YEAR = 6;
  static final int AWARDS_PER_AREA_YEAR = 300;
  static final int PROVIDERS_PER_AREA = 200;
  static final int WARM_UP = 50;
  static final int REQUESTS = 200;

  private NationalScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    String db =
        Arrays.stream(args)
            .filter(a -> a.startsWith("--db="))
            .map(a -> a.substring(5))
            .findFirst()
            .orElse("h2");
    String url = prepareDatabase(db);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(db.equals("postgres") ? "postgres" : "sa");
    config.setPassword("");
    config.setMaximumPoolSize(4);
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      long loadStart = System.nanoTime();
      long[] ids = generate(dataSource);
      long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
      if (db.equals("postgres")) {
        try (Connection c = dataSource.getConnection();
            Statement s = c.createStatement()) {
          s.execute("ANALYZE");
        }
      }
      JdbcClient jdbc = JdbcClient.create(dataSource);
      report(db, url, jdbc, loadMillis, ids);
    }
  }

  private static String prepareDatabase(String db) throws SQLException {
    if (db.equals("postgres")) {
      try (Connection c =
              DriverManager.getConnection(
                  "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS commissioning_bench");
        s.execute("CREATE DATABASE commissioning_bench");
      }
      return "jdbc:postgresql://127.0.0.1:5432/commissioning_bench?reWriteBatchedInserts=true";
    }
    if (!db.equals("h2")) {
      throw new IllegalArgumentException("--db must be h2 or postgres, not " + db);
    }
    Path file = Path.of("target/bench/commissioning").toAbsolutePath();
    file.getParent().toFile().mkdirs();
    Path.of(file + ".mv.db").toFile().delete();
    return "jdbc:h2:file:"
        + file
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  /** Returns the organisation id of each PCC area. */
  private static long[] generate(HikariDataSource dataSource) throws SQLException {
    Random random = new Random(20250331L);
    Timestamp now = Timestamp.from(Instant.parse("2025-04-01T00:00:00Z"));
    long[] pccIds = new long[AREAS];
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      long orgId = 0;
      try (PreparedStatement org =
          c.prepareStatement(
              "INSERT INTO organisation (id, public_id, name, match_key, type, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (int area = 0; area < AREAS; area++) {
          pccIds[area] = ++orgId;
          addOrg(org, orgId, "pcc-" + area, "Police and Crime Commissioner " + area, "PCC", now);
          for (int p = 0; p < PROVIDERS_PER_AREA; p++) {
            addOrg(
                org,
                ++orgId,
                "provider-" + area + "-" + p,
                "Provider " + area + "-" + p,
                "CHARITY",
                now);
          }
        }
        org.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO funding_source (id, public_id, name, body) VALUES (1, 'moj', 'Ministry of Justice', 'MOJ')");
      }
      long streamId = 0;
      long awardId = 0;
      long lineId = 0;
      try (PreparedStatement stream =
              c.prepareStatement(
                  "INSERT INTO funding_stream (id, public_id, source_id, holder_id, name, short_name, financial_year, amount_pence, ringfenced, stream_group, display_order, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, 'victim-services', ?, ?, ?)");
          PreparedStatement award =
              c.prepareStatement(
                  "INSERT INTO award (id, public_id, organisation_id, kind, title, service_description, status, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, 'GRANT', ?, ?, 'ENDED', ?, ?, ?, ?)");
          PreparedStatement line =
              c.prepareStatement(
                  "INSERT INTO award_line (id, award_id, stream_id, financial_year, category, amount_pence) VALUES (?, ?, ?, ?, '', ?)")) {
        for (int area = 0; area < AREAS; area++) {
          for (int y = 0; y < YEARS; y++) {
            int year = FIRST_YEAR + y;
            FinancialYear fy = new FinancialYear(year);
            long firstStream = streamId + 1;
            for (int s = 0; s < STREAMS_PER_YEAR; s++) {
              stream.setLong(1, ++streamId);
              stream.setString(2, "stream-" + area + "-" + year + "-" + s);
              stream.setLong(3, pccIds[area]);
              stream.setString(4, "Stream " + s + " " + fy.label());
              stream.setString(5, "S" + s);
              stream.setInt(6, year);
              stream.setLong(7, 500_000_000L + random.nextInt(100_000_000));
              stream.setBoolean(8, s > 0);
              stream.setInt(9, s);
              stream.setTimestamp(10, now);
              stream.setTimestamp(11, now);
              stream.addBatch();
            }
            for (int a = 0; a < AWARDS_PER_AREA_YEAR; a++) {
              award.setLong(1, ++awardId);
              award.setString(2, "award-" + awardId);
              award.setLong(3, pccIds[area] + 1 + random.nextInt(PROVIDERS_PER_AREA));
              award.setString(4, "Service " + awardId);
              award.setString(5, "Support for victims, project " + awardId);
              award.setObject(6, fy.start());
              award.setObject(7, fy.end());
              award.setTimestamp(8, now);
              award.setTimestamp(9, now);
              award.addBatch();
              int lines = 1 + random.nextInt(4);
              List<Integer> streams = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
              java.util.Collections.shuffle(streams, random);
              for (int l = 0; l < lines; l++) {
                line.setLong(1, ++lineId);
                line.setLong(2, awardId);
                line.setLong(3, firstStream + streams.get(l));
                line.setInt(4, year);
                line.setLong(5, 100_000 + random.nextInt(10_000_000));
                line.addBatch();
              }
            }
            stream.executeBatch();
            award.executeBatch();
            line.executeBatch();
          }
          c.commit();
        }
      }
      restartIdentities(c, orgId, streamId, awardId, lineId);
      c.commit();
    }
    return pccIds;
  }

  private static void addOrg(
      PreparedStatement org, long id, String publicId, String name, String type, Timestamp now)
      throws SQLException {
    org.setLong(1, id);
    org.setString(2, publicId);
    org.setString(3, name);
    org.setString(4, name.toLowerCase());
    org.setString(5, type);
    org.setTimestamp(6, now);
    org.setTimestamp(7, now);
    org.addBatch();
  }

  private static void restartIdentities(Connection c, long... next) throws SQLException {
    String[] tables = {"organisation", "funding_stream", "award", "award_line"};
    try (Statement s = c.createStatement()) {
      for (int i = 0; i < tables.length; i++) {
        s.execute("ALTER TABLE " + tables[i] + " ALTER COLUMN id RESTART WITH " + (next[i] + 1));
      }
    }
  }

  private static void report(
      String db, String url, JdbcClient jdbc, long loadMillis, long[] pccIds) {
    AwardsMatrixQuery matrices = ReadModels.matrix(jdbc);
    FundingPositionQuery positions = ReadModels.position(jdbc);
    FinancialYear year = new FinancialYear(FIRST_YEAR + YEARS / 2);

    AwardsMatrix check = matrices.matrix(year, null, pccIds[7]);
    long independent =
        jdbc.sql(
                "SELECT SUM(l.amount_pence) FROM award_line l JOIN funding_stream s ON s.id = l.stream_id WHERE s.holder_id = ? AND l.financial_year = ?")
            .params(pccIds[7], year.startYear())
            .query(Long.class)
            .single();
    if (check.grandTotal().pence() != independent) {
      throw new IllegalStateException(
          "Matrix grand total " + check.grandTotal() + " differs from SUM " + independent);
    }
    FundingPosition position = positions.position(year, pccIds[7]);
    if (position.totalAllocated().pence() != independent) {
      throw new IllegalStateException(
          "Year totals " + position.totalAllocated() + " differ from SUM " + independent);
    }

    for (int i = 0; i < WARM_UP; i++) {
      matrices.matrix(year, null, pccIds[i % AREAS]);
      positions.position(year, pccIds[i % AREAS]);
    }
    long[] matrixTimes = new long[REQUESTS];
    long[] totalsTimes = new long[REQUESTS];
    for (int i = 0; i < REQUESTS; i++) {
      long pcc = pccIds[(i * 7) % AREAS];
      long start = System.nanoTime();
      matrices.matrix(year, null, pcc);
      matrixTimes[i] = System.nanoTime() - start;
      start = System.nanoTime();
      positions.position(year, pcc);
      totalsTimes[i] = System.nanoTime() - start;
    }
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    System.out.println();
    System.out.println("Commissioning Hub national-scale benchmark");
    System.out.println("database: " + db + " (" + url.replaceAll("\\?.*", "") + ")");
    System.out.println("data set: " + counts(jdbc));
    System.out.println("load: " + loadMillis + " ms");
    System.out.println(
        "measured PCC-year: "
            + year.label()
            + ", "
            + check.rows().size()
            + " organisations x "
            + check.columns().size()
            + " streams, "
            + check.lineCount()
            + " lines, grand total "
            + check.grandTotal()
            + " (matches SUM)");
    System.out.println("awards matrix, " + REQUESTS + " requests: " + percentiles(matrixTimes));
    System.out.println("year totals,   " + REQUESTS + " requests: " + percentiles(totalsTimes));
    System.out.println(
        "heap used after run: "
            + heapMb
            + " MB; JVM: "
            + ManagementFactory.getRuntimeMXBean().getVmVersion());
  }

  private static String counts(JdbcClient jdbc) {
    List<String> parts = new ArrayList<>();
    for (String table : List.of("organisation", "funding_stream", "award", "award_line")) {
      parts.add(table + "=" + jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
    }
    return String.join(", ", parts);
  }

  private static String percentiles(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
        sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }
}
