package org.commissioninghub.battery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.monitoring.MonitoringReturns;
import org.commissioninghub.monitoring.ReturnWorkflow;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The malformed-input battery (issue 15): a corpus of broken files and bodies, generated here, sent
 * to every upload, import and JSON endpoint. Each must be refused with a 4xx and a message (under
 * /api/v1 a problem+json document with a detail), never a 5xx, and must leave every table's row
 * count as it was. The JSON endpoints are read from the OpenAPI document, so a new endpoint joins
 * the battery without being listed here. HTML upload pages show their refusal in the page's error
 * summary (the GOV.UK pattern, status 200 or 4xx), which is what is checked for them.
 *
 * <p>No timing is asserted: a case that hangs shows up as a slow build, not a flaky test.
 */
@HubTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputBatteryTest {

  private static final String HUGE = "9".repeat(200_000);
  private static final String LONG_TEXT = "x".repeat(200_000);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired MonitoringReturns monitoring;
  @Autowired ReturnWorkflow workflow;
  @Autowired Actors actors;

  private String reference;
  private long returnId;
  private List<String> tables;

  /** A JSON endpoint from the OpenAPI document, with the properties its body may have. */
  record Endpoint(HttpMethod method, String path, Map<String, String> properties) {}

  /** One malformed request, and whether it goes to the JSON API or to an HTML page. */
  record Case(String name, Supplier<RequestBuilder> request, boolean api) {}

  @BeforeAll
  void aDraftApplicationAndAnOwedReturn() throws Exception {
    reference = DraftApplication.create(mvc, clock, "battery");
    returnId =
        monitoring.issueFor("officer", "victim-support-2024-25", null).stream()
            .filter(r -> r.period().quarter() == 4)
            .findFirst()
            .orElseThrow()
            .id();
    tables =
        jdbc
            .sql(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name")
            .query(String.class)
            .list()
            .stream()
            .filter(t -> !t.startsWith("spring_session") && !t.equals("flyway_schema_history"))
            .toList();
  }

  @TestFactory
  Stream<DynamicTest> everyMalformedInputIsRefusedWithA4xxAndNothingIsSaved() throws Exception {
    List<Case> cases = new ArrayList<>();
    for (Endpoint e : jsonEndpoints()) {
      cases.addAll(jsonCases(e));
    }
    cases.addAll(paymentImportCases());
    cases.addAll(documentCases());
    cases.addAll(returnUploadCases());
    cases.addAll(addressCases());
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private void check(Case c) throws Exception {
    Map<String, Long> before = counts();
    MockHttpServletResponse response = mvc.perform(c.request().get()).andReturn().getResponse();
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    String shown = c.name() + ": " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
    if (c.api()) {
      assertThat(response.getStatus()).as(shown).isBetween(400, 499);
      assertThat(response.getContentType()).as(shown).startsWith("application/problem+json");
      assertThat((String) JsonPath.read(body, "$.detail")).as(shown).isNotBlank();
    } else {
      assertThat(response.getStatus()).as(shown).isLessThan(500).isNotIn(302, 303);
      assertThat(body).as(shown).containsAnyOf("There is a problem", "govuk-error-summary");
    }
    assertThat(body.length()).as("a refusal of a readable size: " + shown).isLessThan(100_000);
    assertThat(counts()).as("row counts after " + c.name()).isEqualTo(before);
  }

  /** Every table's row count, in one query so that 474 cases stay quick. */
  private Map<String, Long> counts() {
    String sql =
        tables.stream()
            .map(t -> "(SELECT COUNT(*) FROM " + t + ")")
            .collect(Collectors.joining(", ", "SELECT ", ""));
    return jdbc.sql(sql)
        .query(
            rs -> {
              Map<String, Long> counts = new LinkedHashMap<>();
              rs.next();
              for (int i = 0; i < tables.size(); i++) {
                counts.put(tables.get(i), rs.getLong(i + 1));
              }
              return counts;
            });
  }

  // ---- JSON endpoints, from the OpenAPI document -------------------------------------------

  private List<Endpoint> jsonEndpoints() throws Exception {
    String doc = ok(get("/v3/api-docs"), as("officer", "OFFICER"));
    Map<String, Map<String, Object>> paths = JsonPath.read(doc, "$.paths");
    List<Endpoint> endpoints = new ArrayList<>();
    paths.forEach(
        (path, operations) -> {
          for (String method : List.of("post", "put")) {
            if (path.startsWith("/api/v1/") && operations.get(method) != null) {
              Object content;
              try {
                content = JsonPath.read(operations.get(method), "$.requestBody.content");
              } catch (com.jayway.jsonpath.PathNotFoundException none) {
                continue;
              }
              @SuppressWarnings("unchecked")
              Map<String, Object> types = (Map<String, Object>) content;
              if (types.containsKey("application/json")) {
                endpoints.add(
                    new Endpoint(
                        HttpMethod.valueOf(method.toUpperCase()),
                        path,
                        properties(doc, types.get("application/json"))));
              }
            }
          }
        });
    assertThat(endpoints).as("JSON endpoints found in the OpenAPI document").hasSizeGreaterThan(20);
    return endpoints;
  }

  /** The body's properties and their JSON types, following one $ref into the components. */
  private static Map<String, String> properties(String doc, Object mediaType) {
    Map<String, String> properties = new LinkedHashMap<>();
    Object schema = JsonPath.read(mediaType, "$.schema");
    String ref = schema instanceof Map<?, ?> m ? (String) m.get("$ref") : null;
    if (ref == null) {
      return properties;
    }
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    try {
      Map<String, Map<String, Object>> props =
          JsonPath.read(doc, "$.components.schemas['" + name + "'].properties");
      props.forEach((k, v) -> properties.put(k, String.valueOf(v.getOrDefault("type", "object"))));
    } catch (com.jayway.jsonpath.PathNotFoundException none) {
      // A schema with no properties: the generic cases still apply.
    }
    return properties;
  }

  private List<Case> jsonCases(Endpoint e) {
    String path = e.path().replaceAll("\\{[^}]+}", "0");
    List<Case> cases = new ArrayList<>();
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("truncated JSON", "{\"a\":");
    bodies.put("wrong JSON", "{'single': quotes,}");
    bodies.put("an array for an object", "[1,2,3]");
    bodies.put("a bare string", "\"just text\"");
    bodies.put("every field of the wrong type", body(e, type -> "{\"nested\":[true]}"));
    bodies.put(
        "huge numbers",
        body(
            e,
            type ->
                type.equals("integer") || type.equals("number")
                    ? "1" + HUGE
                    : type.equals("string") ? "\"" + HUGE + "\"" : "1e999999"));
    bodies.put("huge strings", body(e, type -> "\"" + LONG_TEXT + "\""));
    bodies.put("NUL and line breaks", body(e, type -> "\"a\\u0000b\\r\\nc\""));
    bodies.put("missing fields", "{\"version\":0}");
    bodies.forEach(
        (what, body) ->
            cases.add(
                new Case(
                    e.method() + " " + e.path() + ": " + what,
                    () ->
                        request(e.method(), path)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body)
                            .with(csrf())
                            .with(everyone()),
                    true)));
    cases.add(
        new Case(
            e.method() + " " + e.path() + ": bytes that are not UTF-8",
            () ->
                request(e.method(), path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'})
                    .with(csrf())
                    .with(everyone()),
            true));
    cases.add(
        new Case(
            e.method() + " " + e.path() + ": text/plain",
            () ->
                request(e.method(), path)
                    .contentType(MediaType.TEXT_PLAIN)
                    .content("hello")
                    .with(csrf())
                    .with(everyone()),
            true));
    return cases;
  }

  private static String body(Endpoint e, java.util.function.Function<String, String> value) {
    if (e.properties().isEmpty()) {
      return "{\"amount\":" + value.apply("string") + "}";
    }
    return e.properties().entrySet().stream()
        .map(p -> "\"" + p.getKey() + "\":" + value.apply(p.getValue()))
        .collect(Collectors.joining(",", "{", "}"));
  }

  // ---- Payment import: the CSV inside the JSON command ---------------------------------------

  private List<Case> paymentImportCases() {
    String header = "Date,Payee,Amount,Reference,Purpose\r\n";
    Map<String, String> files = new LinkedHashMap<>();
    files.put("empty", "");
    files.put("header only", header);
    files.put("a megabyte number", header + "2025-03-03,Kent Police," + HUGE + ",R1,Licence\r\n");
    files.put(
        "an amount too large for the money type",
        header + "2025-03-03,Kent Police,99999999999999999999,R1,Licence\r\n");
    files.put("a date 0000-01-01", header + "0000-01-01,Kent Police,12.00,R1,Licence\r\n");
    files.put("a date of 10,000 characters", header + "9".repeat(10_000) + ",K,12.00,R1,L\r\n");
    files.put("a NUL byte", header + "2025-03-03,Kent\u0000Police,12.00,R1,Licence\r\n");
    files.put("an unclosed quote", header + "2025-03-03,\"Kent Police,12.00,R1,Licence\r\n");
    files.put("too few cells", header + "2025-03-03,Kent Police\r\n");
    files.put("too many cells", header + "2025-03-03,Kent Police,1,R1,L,extra,more\r\n");
    files.put("a formula cell", header + "2025-03-03,=HYPERLINK(\"x\"),=1+1,R1,@SUM(A1)\r\n");
    files.put("a negative amount", header + "2025-03-03,Kent Police,-12.50,R1,Licence\r\n");
    files.put(
        "a cell over 32,767 characters", header + "2025-03-03,K,1.00,R1," + LONG_TEXT + "\r\n");
    StringBuilder bad = new StringBuilder(header);
    for (int i = 0; i < 2_000; i++) {
      bad.append("31/02/2025,Kent Police,12.00,BAD-").append(i).append(",Licence\r\n");
    }
    files.put("a bad date on every one of 2,000 rows", bad.toString());
    files.put(
        "binary",
        new String(
            new byte[] {1, 2, 3, (byte) 0x89, 'P', 'N', 'G'}, Charset.forName("windows-1252")));
    List<Case> cases = new ArrayList<>();
    String mapping =
        "{\"date\":\"Date\",\"payee\":\"Payee\",\"amount\":\"Amount\",\"reference\":\"Reference\",\"purpose\":\"Purpose\"}";
    files.forEach(
        (what, csv) ->
            cases.add(
                new Case(
                    "payment import: " + what,
                    () ->
                        json(
                                post("/api/v1/payments/imports"),
                                "{\"fileName\":\"march.csv\",\"content\":%s,\"mapping\":%s}"
                                    .formatted(quote(csv), mapping))
                            .with(csrf())
                            .with(as("finance", "FINANCE")),
                    true)));
    cases.add(
        new Case(
            "payment import: a file name of 1,000 characters",
            () ->
                json(
                        post("/api/v1/payments/imports"),
                        "{\"fileName\":\"%s.csv\",\"content\":%s,\"mapping\":%s}"
                            .formatted(
                                "n".repeat(1_000),
                                quote(header + "2025-03-03,Kent Police,12.00,LONGNAME-1,L\r\n"),
                                mapping))
                    .with(csrf())
                    .with(as("finance", "FINANCE")),
            true));
    cases.add(
        new Case(
            "payment import: a mapping to a field that does not exist",
            () ->
                json(
                        post("/api/v1/payments/imports"),
                        "{\"fileName\":\"m.csv\",\"content\":\"a\\n1\",\"mapping\":{\"nope\":\"a\"}}")
                    .with(csrf())
                    .with(as("finance", "FINANCE")),
            true));
    // The HTML upload page reads the same files from bytes: not UTF-8, NUL, binary.
    Map<String, byte[]> uploads = new LinkedHashMap<>();
    uploads.put("empty", new byte[0]);
    uploads.put("binary", new byte[] {0, 1, 2, 3, (byte) 0xff});
    uploads.put("a megabyte cell", (header + "1," + "9".repeat(40_000) + ",1,1,1").getBytes());
    uploads.put("an unclosed quote", (header + "\"2025").getBytes(StandardCharsets.UTF_8));
    uploads.put("a header and no rows", header.getBytes(StandardCharsets.UTF_8));
    uploads.forEach(
        (what, bytes) ->
            cases.add(
                new Case(
                    "payment import page: " + what,
                    () ->
                        multipart("/payments/imports")
                            .file(new MockMultipartFile("file", "m.csv", "text/csv", bytes))
                            .with(csrf())
                            .with(as("finance", "FINANCE")),
                    false)));
    cases.add(
        new Case(
            "payment import page: a file name of 1,000 characters",
            () ->
                multipart("/payments/imports")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "n".repeat(1_000) + ".csv",
                            "text/csv",
                            (header + "2025-03-03,K,1.00,R,L").getBytes(StandardCharsets.UTF_8)))
                    .with(csrf())
                    .with(as("finance", "FINANCE")),
            false));
    cases.add(
        new Case(
            "payment import confirm: content that is not base64",
            () ->
                post("/payments/imports/confirm")
                    .param("fileName", "m.csv")
                    .param("content", "%%%not base64%%%")
                    .with(csrf())
                    .with(as("finance", "FINANCE")),
            false));
    return cases;
  }

  // ---- Application documents ----------------------------------------------------------------

  private List<Case> documentCases() throws Exception {
    Map<String, MockMultipartFile> files = new LinkedHashMap<>();
    byte[] pdf = "%PDF-1.4\nx\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    files.put(
        "an empty file", new MockMultipartFile("file", "a.pdf", "application/pdf", new byte[0]));
    files.put(
        "a name with NUL", new MockMultipartFile("file", "a\u0000.pdf", "application/pdf", pdf));
    files.put(
        "a name with CR/LF", new MockMultipartFile("file", "a\r\nb.pdf", "application/pdf", pdf));
    files.put(
        "a name of 1,000 characters",
        new MockMultipartFile("file", "n".repeat(1_000) + ".pdf", "application/pdf", pdf));
    files.put(
        "an executable",
        new MockMultipartFile(
            "file",
            "a.pdf",
            "application/pdf",
            "MZ\u0090\0".getBytes(StandardCharsets.ISO_8859_1)));
    files.put("a pdf named .docx", new MockMultipartFile("file", "a.docx", "application/pdf", pdf));
    files.put(
        "a truncated xlsx",
        new MockMultipartFile("file", "a.xlsx", "application/vnd.ms-excel", truncatedZip()));
    // A well-formed zip named .xlsx is stored, never unzipped, so a zip bomb is no threat here;
    // a zip that holds no office document is refused.
    files.put(
        "a zip of an executable named .xlsx",
        new MockMultipartFile("file", "a.xlsx", "application/zip", zipOf("evil.exe", "MZ")));
    files.put(
        "an HTML page named .pdf",
        new MockMultipartFile(
            "file",
            "a.pdf",
            "text/html",
            "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
    List<Case> cases = new ArrayList<>();
    files.forEach(
        (what, file) ->
            cases.add(
                new Case(
                    "document upload: " + what,
                    () ->
                        multipart("/api/v1/applications/" + reference + "/documents")
                            .file(file)
                            .with(csrf())
                            .with(as("provider", "PROVIDER")),
                    true)));
    cases.add(
        new Case(
            "document upload: no file part",
            () ->
                multipart("/api/v1/applications/" + reference + "/documents")
                    .param("question", "budget")
                    .with(csrf())
                    .with(as("provider", "PROVIDER")),
            true));
    cases.add(
        new Case(
            "document upload: a question that does not exist",
            () ->
                multipart("/api/v1/applications/" + reference + "/documents")
                    .file(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf))
                    .param("question", "x".repeat(5_000))
                    .with(csrf())
                    .with(as("provider", "PROVIDER")),
            true));
    return cases;
  }

  // ---- Monitoring return spreadsheet upload (an HTML page) -----------------------------------

  private List<Case> returnUploadCases() throws Exception {
    String good =
        new String(
            workflow.spreadsheet(actors.byName("provider"), returnId, false),
            StandardCharsets.UTF_8);
    Map<String, MockMultipartFile> files = new LinkedHashMap<>();
    files.put(
        "a megabyte number",
        csv(
            "q.csv",
            good.replace(
                "Referrals received,COUNT,", "Referrals received,COUNT," + "9".repeat(1_000_000))));
    files.put(
        "a 25-digit number",
        csv(
            "q.csv",
            good.replace(
                "Referrals received,COUNT,",
                "Referrals received,COUNT,1234567890123456789012345")));
    files.put(
        "a formula",
        csv("q.csv", good.replace("Referrals received,COUNT,", "Referrals received,COUNT,=1+1")));
    files.put(
        "a NUL",
        csv(
            "q.csv",
            good.replace("Referrals received,COUNT,", "Referrals received,COUNT,1\u00002")));
    files.put(
        "not UTF-8",
        new MockMultipartFile(
            "file", "q.csv", "text/csv", new byte[] {(byte) 0xff, (byte) 0xfe, 'x', ','}));
    files.put("a text file", csv("q.txt", good));
    files.put("an empty file", csv("q.csv", ""));
    files.put(
        "a truncated xlsx",
        new MockMultipartFile("file", "q.xlsx", "application/zip", truncatedZip()));
    files.put("a zip bomb", new MockMultipartFile("file", "q.xlsx", "application/zip", zipBomb()));
    files.put("a 1,000-character name", csv("n".repeat(1_000) + ".csv", "x"));
    files.put(
        "another return's file",
        csv("q.csv", good.replace("," + returnId + "\r\n", ",999999\r\n")));
    StringBuilder many = new StringBuilder(good);
    for (int i = 0; i < 5_000; i++) {
      many.append("X").append(i).append(",,,,1\r\n");
    }
    files.put("5,000 rows", csv("q.csv", many.toString()));
    List<Case> cases = new ArrayList<>();
    files.forEach(
        (what, file) ->
            cases.add(
                new Case(
                    "return upload: " + what,
                    () ->
                        multipart("/monitoring/returns/" + returnId + "/upload")
                            .file(file)
                            .param("version", String.valueOf(workflow.version(returnId)))
                            .with(csrf())
                            .with(as("provider", "PROVIDER")),
                    false)));
    return cases;
  }

  // ---- Addresses and parameters under /api/v1 ------------------------------------------------

  private List<Case> addressCases() {
    List<Case> cases = new ArrayList<>();
    Map<String, Supplier<MockHttpServletRequestBuilder>> requests = new LinkedHashMap<>();
    requests.put(
        "a document id that is not a number",
        () -> get("/api/v1/applications/" + reference + "/documents/abc"));
    requests.put(
        "a document id too large for a long",
        () -> get("/api/v1/applications/" + reference + "/documents/99999999999999999999999"));
    requests.put("no such address", () -> get("/api/v1/no-such-thing"));
    requests.put(
        "a method the address does not take", () -> request(HttpMethod.PATCH, "/api/v1/payments"));
    requests.put("DELETE on a list", () -> request(HttpMethod.DELETE, "/api/v1/awards"));
    requests.put(
        "a financial year that is not one", () -> get("/api/v1/awards").param("year", "0000/01"));
    requests.put(
        "a year of 10,000 characters",
        () -> get("/api/v1/awards").param("year", "2".repeat(10_000)));
    requests.put(
        "a date 0000-01-01",
        () -> get("/api/v1/payments").param("from", "0000-01-01").param("year", "0000-01-01"));
    requests.put(
        "an Accept of text/html", () -> get("/api/v1/no-such-thing").accept(MediaType.TEXT_HTML));
    requests.forEach(
        (what, r) ->
            cases.add(
                new Case(
                    "address: " + what,
                    () -> r.get().with(csrf()).with(as("officer", "OFFICER")),
                    true)));
    return cases;
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static MockMultipartFile csv(String name, String text) {
    return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] truncatedZip() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types>".repeat(200).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook>".repeat(200).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    byte[] all = bytes.toByteArray();
    return java.util.Arrays.copyOf(all, all.length / 2);
  }

  /** An .xlsx-shaped zip whose sheet unzips to a million rows from a few hundred kilobytes. */
  private static byte[] zipBomb() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      put(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + "<sheets><sheet name=\"Return\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      put(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(
          "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
              .getBytes(StandardCharsets.UTF_8));
      byte[] row =
          "<row><c t=\"inlineStr\"><is><t>X</t></is></c></row>".getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 1_000_000; i++) {
        zip.write(row);
      }
      zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static byte[] zipOf(String name, String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, name, text);
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String text) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String quote(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static RequestPostProcessor as(String username, String role) {
    return user(username).roles(role);
  }

  /** Every staff role at once, so a body reaches its parser past the address rules. */
  private static RequestPostProcessor everyone() {
    return user("admin").roles("ADMIN", "OFFICER", "FINANCE", "APPROVER", "ASSESSOR");
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder r, String body) {
    return r.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private String ok(MockHttpServletRequestBuilder r, RequestPostProcessor who) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(r.with(csrf()).with(who)).andReturn().getResponse();
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isBetween(200, 299);
    return body;
  }
}
