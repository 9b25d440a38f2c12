package org.commissioninghub.battery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.commissioninghub.shared.FinancialYear;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A stream, programme and open round made through the API, and a provider's draft in it. */
final class DraftApplication {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private DraftApplication() {}

  /** The draft's reference; {@code name} keeps the records of different test classes apart. */
  static String create(MockMvc mvc, Clock clock, String name) throws Exception {
    ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZoneId.of("Europe/London"));
    String year = FinancialYear.containing(now.toLocalDate()).toString();
    String stream =
        JsonPath.read(
            ok(
                mvc,
                "/api/v1/funding-streams",
                "{\"source\":\"pcc-kent-budget\",\"name\":\"%s money\",\"year\":\"%s\",\"amount\":\"50000\",\"ringfenced\":false}"
                    .formatted(name, year),
                user("finance").roles("FINANCE")),
            "$.id");
    ok(
        mvc,
        "/api/v1/programmes",
        """
        {"publicId":"%s-fund","name":"%s Fund","owner":"opcc-kent","maxPerYear":"£10,000","maxYears":1,
         "streams":["%s"],"criteria":[{"name":"Need","weight":1,"scaleMax":5}],
         "questions":[{"key":"budget","label":"Budget","kind":"FILE","required":false}],
         "approvalSteps":[{"position":1,"name":"PCC approves","role":"APPROVER"}]}
        """
            .formatted(name, name, stream),
        user("officer").roles("OFFICER"));
    ok(
        mvc,
        "/api/v1/rounds",
        """
        {"publicId":"%s-round","programme":"%s-fund","name":"%s round","referencePrefix":"%s",
         "opens":"%s","closes":"%s","budget":"£20,000","firstYear":"%s"}
        """
            .formatted(
                name,
                name,
                name,
                name.substring(0, 3).toUpperCase() + "-1",
                LOCAL.format(now.minusDays(1)),
                LOCAL.format(now.plusDays(1)),
                year),
        user("officer").roles("OFFICER"));
    return JsonPath.read(
        ok(
            mvc,
            "/api/v1/applications",
            "{\"round\":\"%s-round\",\"title\":\"B\"}".formatted(name),
            user("provider").roles("PROVIDER")),
        "$.reference");
  }

  private static String ok(MockMvc mvc, String path, String json, RequestPostProcessor who)
      throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json)
                    .with(csrf())
                    .with(who))
            .andReturn()
            .getResponse();
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isBetween(200, 299);
    return body;
  }
}
