package org.commissioninghub.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.commissioninghub.programmes.ProgrammeCommand;
import org.commissioninghub.programmes.Programmes;
import org.commissioninghub.programmes.RoundCommand;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The grant-round pages through HTTP: what each role sees, and forms that refuse bad input. */
@HubTest
class GrantRoundPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Programmes programmes;
  @Autowired Applications applications;
  @Autowired Clock clock;
  @Autowired org.commissioninghub.organisations.Organisations organisations;

  private String page(String path, RequestPostProcessor who, int status) throws Exception {
    var r = mvc.perform(get(path).with(who)).andReturn().getResponse();
    String body = r.getContentAsString(StandardCharsets.UTF_8);
    assertThat(r.getStatus()).as(path + "\n" + body).isEqualTo(status);
    return body;
  }

  private static RequestPostProcessor stranger() {
    return r -> r;
  }

  @Test
  void anOrganisationKeepsItsProfileAndPoliciesForEveryApplication() throws Exception {
    var provider = user("provider").roles("PROVIDER");
    String today = java.time.LocalDate.now(clock).toString();
    assertThat(page("/organisations/victim-support/profile", provider, 200))
        .contains("Safeguarding policy: last reviewed", "Save profile");
    page("/organisations/family-matters/profile", provider, 404);
    assertThat(page("/programmes/safer-in-kent-fund", user("officer").roles("OFFICER"), 200))
        .contains("Policies required", "Safeguarding");
    var before = organisations.profile("victim-support");

    // A date that does not exist is named against its field, and nothing is saved.
    var refused =
        mvc.perform(
                post("/organisations/victim-support/profile")
                    .with(provider)
                    .with(csrf())
                    .param("version", version("victim-support"))
                    .param("postcode", "ME14 1XX")
                    .param("policies.SAFEGUARDING", today)
                    .param("policies.EQUALITY", "31/2/2026"))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(200);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("href=\"#policies-EQUALITY\"", "is not a real date");
    assertThat(organisations.profile("victim-support")).isEqualTo(before);

    var saved =
        mvc.perform(
                post("/organisations/victim-support/profile")
                    .with(provider)
                    .with(csrf())
                    .param("version", version("victim-support"))
                    .param("postcode", "me14 1xx")
                    .param("policies.SAFEGUARDING", today)
                    .param("policies.WHISTLEBLOWING", today))
            .andReturn()
            .getResponse();
    assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
    assertThat(page("/organisations/victim-support", provider, 200))
        .contains("Whistleblowing policy, last reviewed", "ME14 1XX")
        .doesNotContain("Equality, diversity and inclusion policy");
    // Saved from a page opened before that save: refused, shown again with the current version.
    var stale =
        mvc.perform(
                post("/organisations/victim-support/profile")
                    .with(provider)
                    .with(csrf())
                    .param("version", String.valueOf(before.organisation().version()))
                    .param("postcode", "ME14 1ZZ")
                    .param("policies.SAFEGUARDING", today))
            .andReturn()
            .getResponse();
    assertThat(stale.getStatus()).isEqualTo(200);
    assertThat(stale.getContentAsString(StandardCharsets.UTF_8))
        .contains("govuk-error-summary", "ME14 1ZZ")
        .contains("name=\"version\" value=\"" + version("victim-support") + "\"");
    assertThat(page("/organisations/victim-support", provider, 200)).contains("ME14 1XX");
    // Another organisation's profile cannot be changed by this provider.
    var other =
        mvc.perform(
                post("/organisations/family-matters/profile")
                    .with(provider)
                    .with(csrf())
                    .param("version", version("family-matters"))
                    .param("policies.SAFEGUARDING", today))
            .andReturn()
            .getResponse();
    assertThat(other.getStatus()).isEqualTo(404);
  }

  private String version(String organisation) {
    return String.valueOf(organisations.get(organisation).version());
  }

  @Test
  void theDemoRoundsShowOnEveryPage() throws Exception {
    String kcspCase =
        applications
            .inRound(programmes.round("crg-kent-community-safety-partnership-2024-25-upfront").id())
            .get(0)
            .reference();
    String sikf =
        applications
            .inRound(programmes.round("safer-in-kent-fund-round-2").id())
            .get(0)
            .reference();
    assertThat(page("/decisions", stranger(), 200))
        .contains(sikf, "Gravesham Network Development CIC");
    assertThat(page("/decisions/" + sikf, stranger(), 200))
        .contains("Police and Crime Commissioner approves", "£10,000.00");
    assertThat(page("/grants/safer-in-kent-fund-round-2", stranger(), 200))
        .contains("This round has closed", "The Safer in Kent Plan");
    assertThat(page("/programmes", user("officer").roles("OFFICER"), 200))
        .contains("Violence Reduction Fund");
    assertThat(page("/programmes/violence-reduction-fund", user("officer").roles("OFFICER"), 200))
        .contains("£35,000.00");
    assertThat(
            page("/rounds/violence-reduction-fund-2019-20", user("officer").roles("OFFICER"), 200))
        .contains("The Shed", "£173,725.00");
    assertThat(
            page(
                "/rounds/violence-reduction-fund-2019-20/moderation",
                user("officer").roles("OFFICER"),
                200))
        .contains("Not scored");
    assertThat(
            page(
                "/applications/" + kcspCase + "/decision", user("cspchair").roles("CSP_LEAD"), 200))
        .contains("Chair of KCSP approves", "Record the decision");
    assertThat(page("/applications/" + kcspCase, user("csp").roles("CSP_LEAD"), 200))
        .contains("Kent County Council");
    // A provider cannot see the KCSP's business cases, nor the KCSP's round page.
    page("/applications/" + kcspCase, user("provider").roles("PROVIDER"), 404);
    page(
        "/rounds/crg-kent-community-safety-partnership-2024-25-upfront",
        user("provider").roles("PROVIDER"),
        403);
    assertThat(page("/applications", user("officer").roles("OFFICER"), 200))
        .contains(kcspCase, sikf);
    assertThat(page("/conflicts", user("auditor").roles("AUDITOR"), 200))
        .contains("Conflicts of interest register");
    assertThat(page("/assessments", user("assessor").roles("ASSESSOR"), 200))
        .contains("Your assessments");
    assertThat(page("/applications/" + sikf + "/offer", user("officer").roles("OFFICER"), 200))
        .contains("STANDARD CONDITIONS OF GRANT", "Accepted by");
  }

  @Test
  void aProviderAppliesThroughTheFormsAndBadInputChangesNothing() throws Exception {
    ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZoneId.of("Europe/London"));
    DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    String year = FinancialYear.containing(now.toLocalDate()).toString();
    programmes.createProgramme(
        new ProgrammeCommand(
                "pages-fund",
                "Pages Fund",
                "For testing the pages",
                "opcc-kent",
                "£5,000",
                2,
                List.of(),
                null,
                null,
                1,
                List.of("moj-core-2024-25"),
                List.of(),
                List.of(
                    new ProgrammeCommand.Question(
                        "kent",
                        "Do you work in Kent?",
                        null,
                        "YES_NO",
                        true,
                        null,
                        null,
                        true,
                        "Yes",
                        "the fund is for Kent"),
                    new ProgrammeCommand.Question(
                        "plan", "Your plan", null, "TEXT", true, 5, null, false, null, null),
                    new ProgrammeCommand.Question(
                        "budget", "Budget", null, "FILE", true, null, null, false, null, null)),
                List.of(
                    new ProgrammeCommand.Step(1, "PCC approves", "APPROVER", false, null, null)),
                List.of())
            .toCommand());
    programmes.createRound(
        new RoundCommand(
                "pages-round",
                "pages-fund",
                "Pages round",
                "PAGES-1",
                local.format(now.minusHours(1)),
                local.format(now.plusHours(1)),
                "£10,000",
                year,
                null,
                null)
            .toCommand());

    assertThat(page("/grants", stranger(), 200)).contains("Pages Fund", "Open");
    String notEligible =
        mvc.perform(
                post("/grants/pages-round/apply")
                    .with(csrf())
                    .with(user("provider").roles("PROVIDER"))
                    .param("eligibility.kent", "No")
                    .param("title", "T"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(notEligible)
        .contains(
            "There is a problem",
            "Not eligible because the fund is for Kent",
            "href=\"#eligibility-kent\"");
    assertThat(applications.inRound(programmes.round("pages-round").id())).isEmpty();

    String location =
        mvc.perform(
                post("/grants/pages-round/apply")
                    .with(csrf())
                    .with(user("provider").roles("PROVIDER"))
                    .param("eligibility.kent", "Yes")
                    .param("title", "Safe routes"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String ref = location.substring(location.lastIndexOf('/') + 1);
    String draft = page("/applications/" + ref, user("provider").roles("PROVIDER"), 200);
    assertThat(draft)
        .contains(
            "Amount for " + year, "Up to 5 words.", "What is still needed before you can submit");

    String refused =
        mvc.perform(
                post("/applications/" + ref)
                    .with(csrf())
                    .with(user("provider").roles("PROVIDER"))
                    .param("version", "0")
                    .param("title", "Safe routes")
                    .param("amount", "£6,00", "")
                    .param("answers.plan", "one two three four five six"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused)
        .contains("href=\"#amounts-0\"", "href=\"#answers-plan\"", "Use 5 words or fewer");
    assertThat(applications.get(ref).amounts()).isEmpty();

    mvc.perform(
        post("/applications/" + ref)
            .with(csrf())
            .with(user("provider").roles("PROVIDER"))
            .param("version", "0")
            .param("title", "Safe routes")
            .param("summary", "Routes")
            .param("contactName", "Sam")
            .param("contactEmail", "sam@vs.example")
            .param("amount", "5,000", "")
            .param("answers.plan", "Walk children home safely"));
    assertThat(applications.get(ref).total().format()).isEqualTo("£5,000.00");
    String exe =
        mvc.perform(
                multipart("/applications/" + ref + "/documents")
                    .file(
                        new MockMultipartFile(
                            "file", "budget.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 1}))
                    .param("question", "budget")
                    .with(csrf())
                    .with(user("provider").roles("PROVIDER")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(exe).contains("budget.pdf is not a type we accept");
    mvc.perform(
        multipart("/applications/" + ref + "/documents")
            .file(
                new MockMultipartFile(
                    "file",
                    "budget.pdf",
                    "application/pdf",
                    "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII)))
            .param("question", "budget")
            .with(csrf())
            .with(user("provider").roles("PROVIDER")));
    var download =
        mvc.perform(
                get("/applications/"
                        + ref
                        + "/documents/"
                        + applications.get(ref).documents().get(0).id())
                    .with(user("provider").roles("PROVIDER")))
            .andReturn()
            .getResponse();
    assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
    page("/applications/" + ref, user("provider2").roles("PROVIDER"), 404);
    String submitted =
        mvc.perform(
                post("/applications/" + ref + "/submit")
                    .with(csrf())
                    .with(user("provider").roles("PROVIDER")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(submitted).contains("Application received", ref);
    assertThat(applications.get(ref).status()).isEqualTo(ApplicationStatus.SUBMITTED);
  }
}
