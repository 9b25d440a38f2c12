package org.commissioninghub.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Issue 15, defects 5, 6 and 11 on the payment import and the other money inputs: a bad cell on
 * every row gets the first 100 problems and the count, not a megabyte; a file name over the limit,
 * an amount too large for the money type and parallel imports of one file get a 4xx naming what is
 * wrong; a Windows-1252 file is read correctly and says so.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:importlimits;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=true"
    })
@AutoConfigureMockMvc
class PaymentImportLimitsTest {

  static final Map<String, String> MAPPING =
      Map.of(
          "date", "Date",
          "payee", "Payee",
          "amount", "Amount",
          "reference", "Reference",
          "purpose", "Purpose");

  @Autowired MockMvc mvc;
  @Autowired Payments payments;
  @Autowired Actors actors;
  @Autowired JdbcClient jdbc;

  private MockHttpServletResponse call(RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private static String importBody(String fileName, String csv) {
    return "{\"fileName\":\""
        + fileName
        + "\",\"content\":\""
        + csv.replace("\r\n", "\\r\\n")
        + "\",\"mapping\":{\"date\":\"Date\",\"payee\":\"Payee\",\"amount\":\"Amount\","
        + "\"reference\":\"Reference\",\"purpose\":\"Purpose\"}}";
  }

  @Test
  void aBadDateOnEveryRowListsTheFirstHundredProblemsAndCountsThemAll() throws Exception {
    StringBuilder csv = new StringBuilder("Date,Payee,Amount,Reference,Purpose\r\n");
    for (int i = 0; i < 10_000; i++) {
      csv.append("31/02/2025,Kent Police,12.00,BADDATE-").append(i).append(",Licence\r\n");
    }
    var response =
        call(
            post("/api/v1/payments/imports")
                .contentType(MediaType.APPLICATION_JSON)
                .content(importBody("bad.csv", csv.toString()))
                .with(csrf())
                .with(user("finance").roles("FINANCE")));
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat((List<?>) JsonPath.read(body, "$.errors")).hasSize(100);
    assertThat((Integer) JsonPath.read(body, "$.totalErrors")).isEqualTo(10_000);
    assertThat((String) JsonPath.read(body, "$.errors[0].message"))
        .startsWith("row 2, column Date: \"31/02/2025\" is not a real date");
    assertThat(body.length()).isLessThan(30_000);
    assertThat(payments.imports()).noneMatch(i -> i.fileName().equals("bad.csv"));
  }

  @Test
  void aFileNameOverThreeHundredCharactersIsRefusedNamingTheLimit() throws Exception {
    var response =
        call(
            post("/api/v1/payments/imports")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    importBody(
                        "n".repeat(301),
                        "Date,Payee,Amount,Reference,Purpose\r\n"
                            + "2025-03-03,Kent Police,12.00,LONG-1,Licence\r\n"))
                .with(csrf())
                .with(user("finance").roles("FINANCE")));
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isEqualTo(422);
    assertThat((String) JsonPath.read(body, "$.errors[0].field")).isEqualTo("fileName");
    assertThat((String) JsonPath.read(body, "$.errors[0].message"))
        .contains("301 characters", "300 characters or fewer");
    assertThat(payments.imports()).noneMatch(i -> i.fileName().startsWith("nnn"));
  }

  @Test
  void amountsTooLargeForTheMoneyTypeAreRefusedNamingTheField() throws Exception {
    String huge = "99999999999999999999";
    var limit =
        call(
            put("/api/v1/payments/approval-limits")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"approver\",\"limit\":\"" + huge + "\"}")
                .with(csrf())
                .with(user("admin").roles("ADMIN")));
    assertThat(limit.getStatus()).as(limit.getContentAsString()).isEqualTo(422);
    assertThat(limit.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"field\":\"limit\"", "£92,233,720,368,547,758.07");

    var stream =
        call(
            post("/api/v1/funding-streams")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"source\":\"pcc-kent-budget\",\"name\":\"Huge\",\"year\":\"2024/25\","
                        + "\"amount\":\""
                        + huge
                        + "\",\"ringfenced\":false}")
                .with(csrf())
                .with(user("finance").roles("FINANCE")));
    assertThat(stream.getStatus()).as(stream.getContentAsString()).isEqualTo(422);
    assertThat(stream.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"field\":\"amount\"", "£92,233,720,368,547,758.07");

    var imported =
        call(
            post("/api/v1/payments/imports")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    importBody(
                        "huge.csv",
                        "Date,Payee,Amount,Reference,Purpose\r\n"
                            + "2025-03-03,Kent Police,"
                            + huge
                            + ",HUGE-1,Licence\r\n"))
                .with(csrf())
                .with(user("finance").roles("FINANCE")));
    assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(422);
    assertThat(imported.getContentAsString(StandardCharsets.UTF_8))
        .contains("row 2, column Amount", "£92,233,720,368,547,758.07");
  }

  @Test
  void errorsUnderTheApiAreProblemDocumentsNeverHtml() throws Exception {
    for (RequestBuilder request :
        List.of(
            get("/api/v1/applications/X/documents/not-a-number")
                .accept(MediaType.TEXT_HTML)
                .with(user("officer").roles("OFFICER")),
            get("/api/v1/no-such-address")
                .accept(MediaType.TEXT_HTML)
                .with(user("officer").roles("OFFICER")),
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(
                    "/api/v1/payments")
                .with(csrf())
                .with(user("finance").roles("FINANCE")),
            post("/api/v1/payments")
                .contentType(MediaType.TEXT_PLAIN)
                .content("x")
                .with(csrf())
                .with(user("finance").roles("FINANCE")),
            post("/api/v1/payments")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":")
                .with(csrf())
                .with(user("finance").roles("FINANCE")))) {
      var response = call(request);
      assertThat(response.getStatus()).isBetween(400, 499);
      assertThat(response.getContentType()).startsWith("application/problem+json");
      assertThat((String) JsonPath.read(response.getContentAsString(), "$.detail")).isNotBlank();
    }
  }

  @Test
  void textWithANulCharacterIsRefusedNamingTheField() throws Exception {
    var response =
        call(
            post("/api/v1/funding-streams")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"source\":\"pcc-kent-budget\",\"name\":\"Nul\\u0000name\","
                        + "\"year\":\"2024/25\",\"amount\":\"100\",\"ringfenced\":false}")
                .with(csrf())
                .with(user("finance").roles("FINANCE")));
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isEqualTo(400);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat((String) JsonPath.read(body, "$.errors[0].field")).isEqualTo("name");
  }

  @Test
  void aWindows1252FileIsPreviewedCorrectlyWithANote() throws Exception {
    byte[] latin1 =
        ("Date,Payee,Amount,Reference,Purpose\r\n"
                + "2025-03-03,Caf\u00e9 Rouge,\u00a312.00,W-1,Refreshments\r\n")
            .getBytes(Charset.forName("windows-1252"));
    var response =
        call(
            multipart("/payments/imports")
                .file(new MockMultipartFile("file", "excel.csv", "text/csv", latin1))
                .with(csrf())
                .with(user("finance").roles("FINANCE")));
    String html = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("Café Rouge", "£12.00", "read as Windows-1252");
    assertThat(html).doesNotContain("\uFFFD");
  }

  @Test
  void threeParallelImportsOfOneFileAddItOnceAndTheOthersAreToldSo() throws Exception {
    parallelImports(payments, actors, "PARALLEL-H2");
    assertThat(payments.imports()).filteredOn(i -> i.fileName().equals("same.csv")).hasSize(1);
  }

  /**
   * Three imports of the same file at the same moment: one adds the payment; each other finds the
   * file (or its payment) already imported, or gets a conflict; never an unexpected error.
   */
  static void parallelImports(Payments payments, Actors actors, String reference) throws Exception {
    String csv =
        "Date,Payee,Amount,Reference,Purpose\n2025-03-03,Kent Police,600.00," + reference + ",L\n";
    ImportCommand command = new ImportRequest("same.csv", csv, MAPPING, null).toCommand();
    CyclicBarrier start = new CyclicBarrier(3);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Future<String>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    ImportResult r = payments.importCsv(actors.byName("finance"), command);
                    return r.sameFileAsBefore() ? "same" : "added " + r.added();
                  } catch (ConflictException e) {
                    assertThat(e.getMessage()).contains("same.csv", "at the same moment");
                    return "conflict";
                  }
                }));
      }
      List<String> results = new ArrayList<>();
      for (Future<String> f : outcomes) {
        results.add(f.get());
      }
      assertThat(results).containsOnlyOnce("added 1");
      assertThat(results)
          .allMatch(r -> Set.of("added 1", "added 0", "same", "conflict").contains(r));
    } finally {
      pool.shutdownNow();
    }
  }
}
