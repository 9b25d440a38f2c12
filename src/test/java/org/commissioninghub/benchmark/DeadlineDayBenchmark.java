package org.commissioninghub.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commissioninghub.Application;
import org.commissioninghub.funding.FundingStreamRequest;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.identity.ApiTokens;
import org.commissioninghub.identity.NewToken;
import org.commissioninghub.organisations.OrganisationCommand;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.programmes.ProgrammeCommand;
import org.commissioninghub.programmes.Programmes;
import org.commissioninghub.programmes.RoundCommand;
import org.commissioninghub.shared.FinancialYear;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Deadline day: 1,000 applications, each with a 1 MB document, uploaded and submitted by 100
 * concurrent clients over loopback in the last minutes of a round, against the real application on
 * PostgreSQL. Prints throughput, latency percentiles and errors, then proves from the database that
 * every acknowledged submission is present and intact. Not a test: run it by hand (see
 * docs/performance.md):
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.commissioninghub.benchmark.DeadlineDayBenchmark [-Dexec.args=saturation]
 * </pre>
 */
public final class DeadlineDayBenchmark {

  private static final int APPLICATIONS = 1_000;
  private static final int CLIENTS = 100;
  private static final int DOCUMENT_BYTES = 1024 * 1024;
  private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
  private static final String DATABASE = "deadline_day_bench";
  private static final int SMTP_PORT = 3465;

  /** The deadline rush: every application arrives at a random moment in these last minutes. */
  private static final Duration RUSH = Duration.ofMinutes(2);

  private DeadlineDayBenchmark() {}

  /**
   * {@code deadline} (the default): the 1,000 submissions arrive at random moments over the last
   * two minutes, each on one of the 100 clients; latency counts from the moment it was due to
   * arrive, so a client held up by its previous submission adds to the figure. {@code saturation}:
   * each client submits its next application as soon as its last is answered, to find the most the
   * machine can take.
   */
  public static void main(String[] args) throws Exception {
    boolean saturation = args.length > 0 && args[0].equals("saturation");
    try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + DATABASE);
    }
    String url = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
    GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    smtp.start();
    ConfigurableApplicationContext app =
        new SpringApplication(Application.class)
            .run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--server.port=0",
                "--commissioning.demo.load-on-start=true",
                "--commissioning.audit.key=bench:deadline-day-benchmark-key-0123456789abcdef",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + SMTP_PORT,
                "--logging.level.root=WARN");
    int exit = 1;
    try {
      exit = run(app, url, smtp, saturation);
    } finally {
      app.close();
      smtp.stop();
    }
    System.exit(exit);
  }

  private static int run(
      ConfigurableApplicationContext app, String url, GreenMail smtp, boolean saturation)
      throws Exception {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    String base = "http://127.0.0.1:" + port;
    String token =
        app.getBean(ApiTokens.class).create("officer", NewToken.of("deadline-day benchmark", 1));
    String round = setUpRound(app);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(CLIENTS))
            .build();
    Client client = new Client(http, base, token);

    // Before the deadline rush: 1,000 drafts from 100 organisations, answers complete.
    List<String> organisations = organisations(app);
    List<String> references = Collections.synchronizedList(new ArrayList<>());
    parallel(
        APPLICATIONS,
        i -> {
          String created =
              client.json(
                  "POST",
                  "/api/v1/applications",
                  "{\"round\":\"%s\",\"organisation\":\"%s\",\"title\":\"Project %d\",\"eligibility\":{}}"
                      .formatted(round, organisations.get(i % CLIENTS), i));
          String reference = field(created, "reference");
          client.json(
              "PUT",
              "/api/v1/applications/" + reference + "?version=0",
              "{\"summary\":\"Project %d\",\"contactName\":\"Contact %d\",\"contactEmail\":\"applicant%d@example.org\",\"amounts\":[\"£5,000\"],\"answers\":{\"plan\":\"Deliver the project\"}}"
                  .formatted(i, i, i));
          references.add(reference);
        });
    Collections.sort(references);
    System.out.println("drafts ready: " + references.size());

    // The rush: each client uploads the 1 MB document and submits, for ten applications each.
    Map<String, String> digests = new ConcurrentHashMap<>();
    Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
    List<Long> uploads = Collections.synchronizedList(new ArrayList<>());
    List<Long> submits = Collections.synchronizedList(new ArrayList<>());
    List<Long> pairs = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    long[] due = new long[APPLICATIONS];
    Random arrivals = new Random(27112026L);
    for (int i = 0; i < APPLICATIONS; i++) {
      due[i] = saturation ? 0 : (long) (arrivals.nextDouble() * RUSH.toNanos());
    }
    java.util.Arrays.sort(due);
    long started = System.nanoTime();
    parallel(
        APPLICATIONS,
        i -> {
          String reference = references.get(i);
          byte[] document = document(i);
          digests.put(reference, sha256(document));
          long wait = started + due[i] - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          }
          long arrived = saturation ? System.nanoTime() : started + due[i];
          long t0 = System.nanoTime();
          int up = client.upload(reference, document);
          long t1 = System.nanoTime();
          uploads.add(t1 - t0);
          if (up != 201) {
            errors.incrementAndGet();
            errorSamples.add(reference + " upload " + up);
            return;
          }
          HttpResponse<String> submitted =
              client.send("POST", "/api/v1/applications/" + reference + "/submit", null);
          long t2 = System.nanoTime();
          submits.add(t2 - t1);
          pairs.add(t2 - arrived);
          if (submitted.statusCode() == 200
              && submitted.body().contains("\"status\":\"SUBMITTED\"")) {
            acknowledged.put(reference, true);
          } else {
            errors.incrementAndGet();
            errorSamples.add(
                reference + " submit " + submitted.statusCode() + " " + submitted.body());
          }
        });
    double seconds = (System.nanoTime() - started) / 1e9;

    System.out.printf(
        "%nDeadline day (%s): %d applications x %d bytes, %d concurrent clients, loopback, PostgreSQL%n",
        saturation ? "saturation, no pause between submissions" : "arrivals spread over " + RUSH,
        APPLICATIONS,
        DOCUMENT_BYTES,
        CLIENTS);
    System.out.printf(
        "wall time %.1f s; throughput %.1f submissions/s (%.1f MB/s of documents)%n",
        seconds,
        acknowledged.size() / seconds,
        acknowledged.size() * (DOCUMENT_BYTES / 1048576.0) / seconds);
    report("upload (1 MB)", uploads);
    report("submit", submits);
    report(saturation ? "upload + submit" : "arrival to receipt", pairs);
    System.out.println(
        "errors: "
            + errors.get()
            + (errorSamples.isEmpty()
                ? ""
                : " e.g. " + errorSamples.subList(0, Math.min(3, errorSamples.size()))));

    int intact = verify(url, acknowledged.keySet(), digests);
    int receipts = receipts(url, acknowledged.keySet());
    System.out.printf(
        "acknowledged %d; present and intact in the database %d; receipt emails queued %d; delivered to SMTP so far %d%n",
        acknowledged.size(), intact, receipts, smtp.getReceivedMessages().length);
    boolean ok =
        errors.get() == 0
            && acknowledged.size() == APPLICATIONS
            && intact == acknowledged.size()
            && receipts == acknowledged.size();
    System.out.println(ok ? "RESULT: no errors, none lost" : "RESULT: FAILED");
    return ok ? 0 : 1;
  }

  private static String setUpRound(ConfigurableApplicationContext app) {
    ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/London"));
    String year = FinancialYear.containing(now.toLocalDate()).toString();
    DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    app.getBean(FundingStreams.class)
        .create(
            new FundingStreamRequest(
                    "deadline-stream",
                    "pcc-kent-budget",
                    "opcc-kent",
                    "Deadline Fund",
                    null,
                    year,
                    "10000000",
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)
                .toCommand());
    app.getBean(Programmes.class)
        .createProgramme(
            new ProgrammeCommand(
                    "deadline-fund",
                    "Deadline Fund",
                    "Benchmark",
                    "opcc-kent",
                    "£10,000",
                    1,
                    List.of(),
                    null,
                    null,
                    5,
                    List.of("deadline-stream"),
                    List.of(),
                    List.of(
                        new ProgrammeCommand.Question(
                            "plan", "Plan", null, "TEXT", true, 100, null, false, null, null),
                        new ProgrammeCommand.Question(
                            "document",
                            "Project plan",
                            null,
                            "FILE",
                            true,
                            null,
                            null,
                            false,
                            null,
                            null)),
                    List.of(
                        new ProgrammeCommand.Step(
                            1, "PCC approves", "APPROVER", false, null, null)),
                    List.of())
                .toCommand());
    app.getBean(Programmes.class)
        .createRound(
            new RoundCommand(
                    "deadline-round",
                    "deadline-fund",
                    "Deadline round",
                    "DD-1",
                    local.format(now.minusDays(30)),
                    local.format(now.plusMinutes(20)),
                    "£10,000,000",
                    year,
                    null,
                    null)
                .toCommand());
    return "deadline-round";
  }

  private static List<String> organisations(ConfigurableApplicationContext app) {
    Organisations organisations = app.getBean(Organisations.class);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      ids.add(
          organisations
              .create(
                  new OrganisationCommand(
                          "deadline-charity-" + i,
                          "Deadline Charity " + i,
                          "CHARITY",
                          java.util.Set.of("PROVIDER"),
                          null,
                          null,
                          null,
                          null,
                          null,
                          null,
                          List.of())
                      .toCommand(),
                  true)
              .publicId());
    }
    return ids;
  }

  /** Random, incompressible filler shared by every document; each document's header differs. */
  private static final byte[] FILLER = filler();

  private static byte[] filler() {
    byte[] bytes = new byte[DOCUMENT_BYTES];
    new Random(20261122L).nextBytes(bytes);
    return bytes;
  }

  /**
   * A distinct, valid 1 MB PDF for each application, made by copying (generating random bytes for
   * each took client CPU from the server on this two-core machine).
   */
  static byte[] document(int i) {
    byte[] bytes = FILLER.clone();
    byte[] head = ("%PDF-1.7\n% application " + i + "\n").getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, bytes, 0, head.length);
    byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(tail, 0, bytes, bytes.length - tail.length, tail.length);
    return bytes;
  }

  private static int verify(
      String url, java.util.Set<String> acknowledged, Map<String, String> digests)
      throws Exception {
    int intact = 0;
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        PreparedStatement s =
            c.prepareStatement(
                """
                SELECT a.reference, a.status, a.submitted_at, d.sha256, d.size_bytes, d.content
                FROM application a JOIN application_document d ON d.application_id = a.id
                WHERE a.reference = ?
                """)) {
      for (String reference : acknowledged) {
        s.setString(1, reference);
        try (ResultSet rs = s.executeQuery()) {
          int rows = 0;
          boolean good = false;
          while (rs.next()) {
            rows++;
            byte[] content = rs.getBytes("content");
            good =
                rs.getString("status").equals("SUBMITTED")
                    && rs.getObject("submitted_at") != null
                    && rs.getLong("size_bytes") == DOCUMENT_BYTES
                    && content.length == DOCUMENT_BYTES
                    && rs.getString("sha256").equals(digests.get(reference))
                    && sha256(content).equals(digests.get(reference));
          }
          if (rows == 1 && good) {
            intact++;
          } else {
            System.out.println("NOT INTACT: " + reference + " rows=" + rows);
          }
        }
      }
    }
    return intact;
  }

  private static int receipts(String url, java.util.Set<String> acknowledged) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT about_id FROM outbound_email WHERE about_type = 'application' AND subject LIKE 'Application received:%'")) {
      int found = 0;
      while (rs.next()) {
        if (acknowledged.contains(rs.getString(1))) {
          found++;
        }
      }
      return found;
    }
  }

  private static void report(String what, List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    System.out.printf(
        "%-16s n=%d  p50 %.0f ms  p95 %.0f ms  p99 %.0f ms  max %.0f ms%n",
        what,
        sorted.size(),
        ms(sorted, 0.50),
        ms(sorted, 0.95),
        ms(sorted, 0.99),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
  }

  private static double ms(List<Long> sorted, double q) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  interface Task {
    void run(int i) throws Exception;
  }

  /** Runs tasks 0..n-1 on CLIENTS threads, each thread taking the next task in turn. */
  private static void parallel(int n, Task task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(CLIENTS);
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < CLIENTS; t++) {
      pool.execute(
          () -> {
            try {
              for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                task.run(i);
              }
            } catch (Throwable e) {
              failures.add(e);
            } finally {
              done.countDown();
            }
          });
    }
    done.await();
    pool.shutdown();
    if (!failures.isEmpty()) {
      throw new IllegalStateException(failures.size() + " client(s) failed", failures.get(0));
    }
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  /** A client of the API with a bearer token. */
  private record Client(HttpClient http, String base, String token) {

    HttpResponse<String> send(String method, String path, String json) throws Exception {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + token);
      if (json != null) {
        b.header("Content-Type", "application/json");
      }
      b.method(
          method,
          json == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(json));
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    String json(String method, String path, String json) throws Exception {
      HttpResponse<String> r = send(method, path, json);
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            method + " " + path + " gave " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    }

    int upload(String reference, byte[] document) throws Exception {
      String boundary = "----deadline" + reference;
      ByteArrayOutputStream body = new ByteArrayOutputStream(document.length + 512);
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"question\"\r\n\r\ndocument\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      body.write(document);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(base + "/api/v1/applications/" + reference + "/documents"))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }
}
