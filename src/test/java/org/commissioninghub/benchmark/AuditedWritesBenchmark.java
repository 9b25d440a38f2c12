package org.commissioninghub.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.commissioninghub.Application;
import org.commissioninghub.audit.AuditLog;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audited writes per second with 50 parallel writers on PostgreSQL. Each write is a transaction
 * that records an audit entry and then does {@code WORK_MS} of further work (a {@code pg_sleep},
 * standing for the rest of a business transaction: more queries, rendering a PDF, a slow disk),
 * then commits. While the audit chain head is locked from the first audit call to the commit, that
 * work is serialised across all writers; when entries are appended at commit, it runs in parallel.
 * Afterwards the chain is verified. Not a test: run it by hand (see docs/performance.md):
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.commissioninghub.benchmark.AuditedWritesBenchmark
 * </pre>
 */
public final class AuditedWritesBenchmark {

  private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
  private static final String DATABASE = "audited_writes_bench";
  private static final int WRITERS = 50;
  private static final int WRITES_PER_WRITER = 40;
  private static final double[] WORK_MS = {0, 5};

  private AuditedWritesBenchmark() {}

  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + DATABASE);
    }
    ConfigurableApplicationContext app =
        new SpringApplication(Application.class)
            .run(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=20",
                "--server.port=0",
                "--commissioning.demo.load-on-start=false",
                "--commissioning.audit.key=bench:audited-writes-benchmark-key-0123456789abcdef",
                "--logging.level.root=WARN");
    int exit = 1;
    try {
      AuditLog audit = app.getBean(AuditLog.class);
      TransactionTemplate tx = app.getBean(TransactionTemplate.class);
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      for (double work : WORK_MS) {
        run(audit, tx, jdbc, work, true); // warm-up, not reported
        run(audit, tx, jdbc, work, false);
      }
      var verification = audit.verify();
      System.out.printf(
          "chain verified: %d entries, %s%n",
          verification.entriesChecked(),
          verification.intact() ? "intact" : verification.problems());
      exit = verification.intact() ? 0 : 1;
    } finally {
      app.close();
    }
    System.exit(exit);
  }

  private static void run(
      AuditLog audit, TransactionTemplate tx, JdbcClient jdbc, double workMs, boolean warmUp)
      throws Exception {
    int perWriter = warmUp ? 5 : WRITES_PER_WRITER;
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger errors = new AtomicInteger();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < perWriter; i++) {
                  long began = System.nanoTime();
                  try {
                    tx.executeWithoutResult(
                        t -> {
                          audit.record("bench.write", "bench", writer + "-" + began, null);
                          if (workMs > 0) {
                            jdbc.sql("SELECT pg_sleep(?)").param(workMs / 1000).query().rowSet();
                          }
                        });
                    latencies.add(System.nanoTime() - began);
                  } catch (RuntimeException e) {
                    errors.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    long began = System.nanoTime();
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    pool.shutdown();
    if (warmUp) {
      return;
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        "work %.0f ms: %d writes by %d writers in %.2f s = %.0f writes/s;"
            + " latency p50 %.1f ms, p95 %.1f ms, max %.1f ms; errors %d%n",
        workMs,
        sorted.size(),
        WRITERS,
        seconds,
        sorted.size() / seconds,
        percentile(sorted, 0.50),
        percentile(sorted, 0.95),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6,
        errors.get());
  }

  private static double percentile(List<Long> sorted, double p) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(p * sorted.size()) - 1) / 1e6;
  }
}
