package org.commissioninghub.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioninghub.Application;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.payments.ImportCommand;
import org.commissioninghub.payments.ImportRequest;
import org.commissioninghub.payments.Payments;
import org.commissioninghub.shared.InvalidInputException;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rows per second through the payment import (issue 15, defect 5): a file with a bad date on every
 * row (checked and refused) and a good file (checked and imported), at 10,000 and 100,000 rows. It
 * calls {@code Payments.importCsv} in the running application, so the figure includes the CSV
 * reader, every cell check, the organisation and duplicate look-ups and, for the good file, the
 * inserts and audit; it leaves out HTTP and JSON. Not a test: see docs/performance.md for the
 * command and the figures. Exit status 1 if a result is not what the file should give.
 */
public final class PaymentImportBenchmark {

  private static final String DATABASE = "commissioning_import_bench";

  private PaymentImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    boolean postgres = List.of(args).contains("--db=postgres");
    String url =
        postgres
            ? "jdbc:postgresql://127.0.0.1:5432/" + DATABASE
            : "jdbc:h2:mem:importbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    if (postgres) {
      try (Connection c =
              DriverManager.getConnection(
                  "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        s.execute("CREATE DATABASE " + DATABASE);
      }
    }
    ConfigurableApplicationContext app =
        new SpringApplication(Application.class)
            .run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (postgres ? "postgres" : "sa"),
                "--spring.datasource.password=",
                "--server.port=0",
                "--commissioning.demo.load-on-start=true",
                "--logging.level.root=WARN");
    int exit = 0;
    try {
      Payments payments = app.getBean(Payments.class);
      Actors actors = app.getBean(Actors.class);
      // Warm-up: the JIT and the connection pool, not counted.
      refused(payments, actors, 5_000, "warm");
      List<String> lines = new ArrayList<>();
      for (int rows : new int[] {10_000, 100_000}) {
        lines.add(refused(payments, actors, rows, "bad" + rows));
      }
      for (int rows : new int[] {10_000, 100_000}) {
        lines.add(imported(payments, actors, rows, "good" + rows));
      }
      System.out.println();
      System.out.println("database: " + (postgres ? "PostgreSQL" : "H2 (in memory)"));
      lines.forEach(System.out::println);
    } catch (IllegalStateException e) {
      System.out.println("FAILED: " + e.getMessage());
      exit = 1;
    } finally {
      app.close();
    }
    System.exit(exit);
  }

  private static ImportCommand file(String name, StringBuilder csv) {
    return new ImportRequest(
            name,
            csv.toString(),
            Map.of(
                "date", "Date",
                "payee", "Payee",
                "amount", "Amount",
                "reference", "Reference",
                "purpose", "Purpose"),
            null)
        .toCommand();
  }

  /** A bad date on every row: every row is checked, the first 100 problems listed. */
  private static String refused(Payments payments, Actors actors, int rows, String tag) {
    StringBuilder csv = new StringBuilder("Date,Payee,Amount,Reference,Purpose\r\n");
    for (int i = 0; i < rows; i++) {
      csv.append("31/02/2025,Kent Police,12.00,")
          .append(tag)
          .append('-')
          .append(i)
          .append(",Licence\r\n");
    }
    ImportCommand command = file(tag + ".csv", csv);
    long started = System.nanoTime();
    try {
      payments.importCsv(actors.byName("finance"), command);
      throw new IllegalStateException("a file with a bad date on every row was imported");
    } catch (InvalidInputException e) {
      if (e.total() != rows || e.problems().size() != 100) {
        throw new IllegalStateException(
            "expected "
                + rows
                + " problems, 100 listed; got "
                + e.total()
                + ", "
                + e.problems().size());
      }
    }
    return figure("bad date on every row, refused", rows, System.nanoTime() - started);
  }

  /** A good file: every row checked, matched to its payee and inserted, in one transaction. */
  private static String imported(Payments payments, Actors actors, int rows, String tag) {
    StringBuilder csv = new StringBuilder("Date,Payee,Amount,Reference,Purpose\r\n");
    for (int i = 0; i < rows; i++) {
      csv.append("2025-03-03,Kent Police,")
          .append(1 + i % 900)
          .append('.')
          .append(String.format("%02d", i % 100))
          .append(',')
          .append(tag)
          .append('-')
          .append(i)
          .append(",Licence\r\n");
    }
    ImportCommand command = file(tag + ".csv", csv);
    long started = System.nanoTime();
    int added = payments.importCsv(actors.byName("finance"), command).added();
    if (added != rows) {
      throw new IllegalStateException("expected " + rows + " payments added, got " + added);
    }
    return figure("good file, imported", rows, System.nanoTime() - started);
  }

  private static String figure(String what, int rows, long nanos) {
    double seconds = nanos / 1e9;
    return String.format(
        "%-32s %,9d rows %8.2f s %,10.0f rows/s", what, rows, seconds, rows / seconds);
  }
}
