package org.commissioninghub.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole grant-round journey through /api/v1 only: programme and round, application with a
 * document, screening, assessment, the approval chain, acceptance, and the award in the matrix.
 */
@HubTest
class GrantRoundApiTest {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Autowired MockMvc mvc;
  @Autowired Clock clock;

  private static RequestPostProcessor as(String username, String role) {
    return user(username).roles(role);
  }

  private <B extends AbstractMockHttpServletRequestBuilder<B>> String call(
      B request, RequestPostProcessor who, int status) throws Exception {
    var response = mvc.perform(request.with(csrf()).with(who)).andReturn().getResponse();
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isEqualTo(status);
    return body;
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder r, String body) {
    return r.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  @Test
  void aRoundRunsFromAdvertToAwardThroughTheApi() throws Exception {
    // The provider keeps its organisation profile, with its policies, through the API.
    String profile =
        call(get("/api/v1/organisations/victim-support/profile"), as("provider", "PROVIDER"), 200);
    int version = JsonPath.read(profile, "$.version");
    String reviewed = java.time.LocalDate.now(clock).minusMonths(1).toString();
    String updated =
        call(
            json(
                put("/api/v1/organisations/victim-support/profile"),
                "{\"charityNumber\":\"1012345\",\"postcode\":\"ME14 1XX\",\"policies\":{\"SAFEGUARDING\":\"%s\",\"EQUALITY\":\"%s\"},\"version\":%d}"
                    .formatted(reviewed, reviewed, version)),
            as("provider", "PROVIDER"),
            200);
    assertThat((String) JsonPath.read(updated, "$.policies.SAFEGUARDING")).isEqualTo(reviewed);
    assertThat((String) JsonPath.read(updated, "$.orgIdentifier")).isEqualTo("GB-CHC-1012345");
    call(
        json(
            put("/api/v1/organisations/victim-support/profile"),
            "{\"policies\":{\"SAFEGUARDING\":\"tomorrow\"},\"version\":%d}".formatted(version + 1)),
        as("provider", "PROVIDER"),
        422);
    call(get("/api/v1/organisations/victim-support/profile"), as("provider2", "PROVIDER"), 404);

    ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZoneId.of("Europe/London"));
    String year = FinancialYear.containing(now.toLocalDate()).toString();
    String stream =
        JsonPath.read(
            call(
                json(
                    post("/api/v1/funding-streams"),
                    """
                    {"source":"pcc-kent-budget","name":"API test fund money","year":"%s","amount":"50000","ringfenced":false}
                    """
                        .formatted(year)),
                as("finance", "FINANCE"),
                201),
            "$.id");
    call(
        json(
            post("/api/v1/programmes"),
            """
            {"publicId":"api-fund","name":"API Fund","owner":"opcc-kent","maxPerYear":"£10,000","maxYears":1,
             "streams":["%s"],
             "criteria":[{"name":"Need","weight":1,"scaleMax":5}],
             "questions":[{"key":"kent","label":"In Kent?","kind":"YES_NO","required":true,"eligibility":true,"eligibleAnswer":"Yes","ineligibleReason":"the fund is for Kent"},
                          {"key":"plan","label":"Plan","kind":"TEXT","required":true,"wordLimit":50},
                          {"key":"budget","label":"Budget","kind":"FILE","required":true}],
             "approvalSteps":[{"position":1,"name":"Officer recommends","role":"OFFICER","recommends":true},
                              {"position":2,"name":"PCC approves","role":"APPROVER"}]}
            """
                .formatted(stream)),
        as("officer", "OFFICER"),
        201);
    call(
        json(
            post("/api/v1/rounds"),
            """
            {"publicId":"api-round","programme":"api-fund","name":"API round","referencePrefix":"API-1",
             "opens":"%s","closes":"%s","budget":"£20,000","firstYear":"%s"}
            """
                .formatted(LOCAL.format(now.minusDays(1)), LOCAL.format(now.plusDays(1)), year)),
        as("officer", "OFFICER"),
        201);
    // The advert is public.
    String advert =
        mvc.perform(get("/api/v1/public/rounds")).andReturn().getResponse().getContentAsString();
    assertThat(advert).contains("\"id\":\"api-round\"", "\"maxPerYear\":\"10000.00\"");

    // Not eligible: refused with the reason, nothing stored.
    String refused =
        call(
            json(
                post("/api/v1/applications"),
                "{\"round\":\"api-round\",\"title\":\"X\",\"eligibility\":{\"kent\":\"No\"}}"),
            as("provider", "PROVIDER"),
            422);
    assertThat(refused).contains("eligibility.kent", "Not eligible because the fund is for Kent");

    String created =
        call(
            json(
                post("/api/v1/applications"),
                "{\"round\":\"api-round\",\"organisation\":\"family-matters\",\"title\":\"Safe spaces\",\"eligibility\":{\"kent\":\"Yes\"}}"),
            as("provider", "PROVIDER"),
            201);
    String ref = JsonPath.read(created, "$.reference");
    // A provider always applies for their own organisation, whatever they send.
    assertThat((String) JsonPath.read(created, "$.organisation")).isEqualTo("victim-support");
    assertThat(ref).startsWith("API-1-");
    call(
        json(
            put("/api/v1/applications/" + ref).param("version", "0"),
            "{\"summary\":\"Safe spaces in Kent\",\"contactName\":\"Sam\",\"contactEmail\":\"sam@vs.example\",\"amounts\":[\"£6,00\"]}"),
        as("provider", "PROVIDER"),
        422);
    String saved =
        call(
            json(
                put("/api/v1/applications/" + ref).param("version", "0"),
                "{\"summary\":\"Safe spaces in Kent\",\"contactName\":\"Sam\",\"contactEmail\":\"sam@vs.example\",\"amounts\":[\"£6,000\"],\"answers\":{\"plan\":\"Drop-in sessions\"}}"),
            as("provider", "PROVIDER"),
            200);
    assertThat((String) JsonPath.read(saved, "$.total")).isEqualTo("6000.00");
    // Submitting without the required document names what is missing.
    assertThat(
            call(post("/api/v1/applications/" + ref + "/submit"), as("provider", "PROVIDER"), 422))
        .contains("documents.budget");
    byte[] pdf = "%PDF-1.4\nbudget\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    String doc =
        call(
            multipart("/api/v1/applications/" + ref + "/documents")
                .file(new MockMultipartFile("file", "budget.pdf", "application/octet-stream", pdf))
                .param("question", "budget"),
            as("provider", "PROVIDER"),
            201);
    int docId = JsonPath.read(doc, "$.id");
    var download =
        mvc.perform(
                get("/api/v1/applications/" + ref + "/documents/" + docId)
                    .with(as("provider", "PROVIDER")))
            .andReturn()
            .getResponse();
    assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
    assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
    assertThat(
            mvc.perform(get("/api/v1/applications/" + ref).with(as("provider2", "PROVIDER")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            (String)
                JsonPath.read(
                    call(
                        post("/api/v1/applications/" + ref + "/submit"),
                        as("provider", "PROVIDER"),
                        200),
                    "$.status"))
        .isEqualTo("SUBMITTED");

    call(
        json(
            post("/api/v1/applications/" + ref + "/screening"),
            "{\"eligible\":true,\"reason\":\"A charity in Kent\"}"),
        as("officer", "OFFICER"),
        200);
    call(
        json(post("/api/v1/applications/" + ref + "/assignments"), "{\"assessor\":\"assessor2\"}"),
        as("officer", "OFFICER"),
        200);
    call(
        json(
            post("/api/v1/applications/" + ref + "/assessment/declaration"),
            "{\"conflict\":false}"),
        as("assessor2", "ASSESSOR"),
        200);
    String chain0 =
        call(get("/api/v1/applications/" + ref + "/chain"), as("officer", "OFFICER"), 200);
    String assignments = call(get("/api/v1/assessments"), as("assessor2", "ASSESSOR"), 200);
    assertThat(assignments).contains(ref);
    String programme = call(get("/api/v1/programmes/api-fund"), as("officer", "OFFICER"), 200);
    int criterion = JsonPath.read(programme, "$.criteria[0].id");
    call(
        json(
            put("/api/v1/applications/" + ref + "/assessment/scores"),
            "{\"scores\":[{\"criterionId\":%d,\"score\":\"4\",\"comment\":\"Clear need\"}],\"complete\":true}"
                .formatted(criterion)),
        as("assessor2", "ASSESSOR"),
        200);
    assertThat(call(get("/api/v1/rounds/api-round/moderation"), as("officer", "OFFICER"), 200))
        .contains(ref, "\"meanScore\":80.0");

    List<Integer> steps = JsonPath.read(chain0, "$.steps[*].step.id");
    call(
        json(
            post("/api/v1/applications/" + ref + "/decisions"),
            "{\"step\":%d,\"outcome\":\"APPROVE\",\"reasons\":\"Meets the need\"}"
                .formatted(steps.get(0))),
        as("officer", "OFFICER"),
        200);
    // The provider cannot decide, and the approver answers the next step.
    call(
        json(
            post("/api/v1/applications/" + ref + "/decisions"),
            "{\"step\":%d,\"outcome\":\"APPROVE\",\"reasons\":\"x\"}".formatted(steps.get(1))),
        as("provider", "PROVIDER"),
        403);
    String done =
        call(
            json(
                post("/api/v1/applications/" + ref + "/decisions"),
                "{\"step\":%d,\"outcome\":\"APPROVE\",\"reasons\":\"Approved\"}"
                    .formatted(steps.get(1))),
            as("approver", "APPROVER"),
            200);
    assertThat((Boolean) JsonPath.read(done, "$.complete")).isTrue();

    String offer =
        call(get("/api/v1/applications/" + ref + "/offer"), as("provider", "PROVIDER"), 200);
    assertThat((String) JsonPath.read(offer, "$.letter")).contains("Total: £6,000.00");
    call(post("/api/v1/applications/" + ref + "/offer/accept"), as("provider", "PROVIDER"), 200);
    String award =
        JsonPath.read(
            call(get("/api/v1/applications/" + ref), as("officer", "OFFICER"), 200), "$.award");
    assertThat(
            (String)
                JsonPath.read(
                    call(get("/api/v1/awards/" + award), as("officer", "OFFICER"), 200),
                    "$.status"))
        .isEqualTo("ACTIVE");
    String matrix =
        call(
            get("/api/v1/awards/matrix").param("year", year).param("group", "all"),
            as("officer", "OFFICER"),
            200);
    assertThat(matrix).contains("Victim Support", "6000.00");
    String published =
        mvc.perform(get("/api/v1/public/decisions/" + ref))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(published)
        .contains("\"total\":\"6000.00\"", "Meets the need", "\"assessorsScoring\":1");

    String openapi = call(get("/v3/api-docs"), as("officer", "OFFICER"), 200);
    assertThat(openapi)
        .contains(
            "/api/v1/applications/{reference}/submit",
            "/api/v1/applications/{reference}/decisions",
            "/api/v1/crime-reduction",
            "/api/v1/continuations");
  }
}
