package org.commissioninghub.battery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A 1,000-character file name through the real server (issue 15, defect 11): Tomcat's part-header
 * limit used to refuse it with a misleading 413; it now reaches the service, which answers 400s
 * naming the file name and its limit, as problem+json. An upload over the size limit is a 413
 * problem document naming the limits, not the HTML error page.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:longname;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=true",
      // Small limits so that a too-large upload is cheap to send.
      "spring.servlet.multipart.max-file-size=4KB",
      "spring.servlet.multipart.max-request-size=6KB"
    })
@AutoConfigureMockMvc
class LongFileNameOverHttpTest {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired Clock clock;

  @Test
  void anUploadOverTheSizeLimitIsA413ProblemNamingTheLimits() throws Exception {
    // To the provider's own draft: another's (or none) is 404 before the body is read at all.
    String reference = DraftApplication.create(mvc, clock, "bigupload");
    HttpResponse<String> response = upload(reference, "big.pdf", "x".repeat(20_000));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    assertThat(response.body()).contains("4KB a file", "6KB a request");
  }

  private HttpResponse<String> upload(String reference, String name, String content)
      throws Exception {
    String boundary = "----battery";
    byte[] body =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n"
                + content
                + "\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8);
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/api/v1/applications/"
                            + reference
                            + "/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString("provider:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aThousandCharacterFileNameIsRefusedNamingTheLimitNotAs413() throws Exception {
    String reference = DraftApplication.create(mvc, clock, "longname");
    String name = "n".repeat(1_000) + ".pdf";
    HttpResponse<String> response = upload(reference, name, "%PDF-1.4\nx\n%%EOF");
    assertThat(response.statusCode()).as(response.body()).isBetween(400, 499).isNotEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    assertThat(response.body()).contains("1004 characters", "255 characters or fewer");
  }
}
