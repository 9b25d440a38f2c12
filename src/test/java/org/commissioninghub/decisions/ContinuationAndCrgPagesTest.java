package org.commissioninghub.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.commissioninghub.crimereduction.CrimeReductionGrants;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The continuation and Crime Reduction Grant pages on the demo data, by role. */
@HubTest
class ContinuationAndCrgPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Continuations continuations;
  @Autowired CrimeReductionGrants grants;
  @Autowired Actors actors;

  private String page(String path, RequestPostProcessor who, int status) throws Exception {
    var response = mvc.perform(get(path).with(who)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(status);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void officersSeeLastYearsGrantsAndProvidersOnlyTheirOwnOffers() throws Exception {
    String officer = page("/continuations?year=2024/25", user("officer").roles("OFFICER"), 200);
    assertThat(officer).contains("SATEDA", "Accepted").doesNotContain("Offer a continuation");
    assertThat(page("/continuations?year=2025/26", user("officer").roles("OFFICER"), 200))
        .contains("Offer a continuation", "SATEDA");
    // Family Matters: no other test offers it a continuation (decisions.ContinuationTest makes
    // its offers to Victim Support in the same shared database).
    String provider = page("/continuations", user("provider2").roles("PROVIDER"), 200);
    assertThat(provider)
        .contains("Your continuation offers", "There are no continuation offers")
        .doesNotContain("SATEDA");
    long sateda =
        continuations.list(actors.byName("officer")).stream()
            .filter(c -> c.successorAward().equals("sateda-2024-25"))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(page("/continuations/" + sateda, user("officer").roles("OFFICER"), 200))
        .contains("sateda-2023-24", "Performed effectively");
    page("/continuations/" + sateda, user("provider").roles("PROVIDER"), 404);
    // An offer form refuses an offer without evidence, naming the fields, and stores nothing.
    int before = continuations.list(actors.byName("officer")).size();
    String refused =
        mvc.perform(
                post("/continuations/new")
                    .with(csrf())
                    .with(user("officer").roles("OFFICER"))
                    .param("award", "victim-support-2024-25")
                    .param("year", "2025/26")
                    .param("level", "same"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused)
        .contains(
            "There is a problem", "Record the evidence that the service performed effectively");
    assertThat(continuations.list(actors.byName("officer"))).hasSize(before);
  }

  @Test
  void theKcspGrantShowsItsSplitToTheCspAndIsHiddenFromProviders() throws Exception {
    long id = grants.list(actors.byName("csp")).get(0).id();
    assertThat(page("/crime-reduction", user("csp").roles("CSP_LEAD"), 200))
        .contains(
            "Kent Community Safety Partnership",
            "£39,661.00",
            "£26,440.00",
            "£13,221.00",
            "Locked");
    String show = page("/crime-reduction/" + id, user("csp").roles("CSP_LEAD"), 200);
    assertThat(show)
        .contains("7 waiting", "Expert level training".toLowerCase().isEmpty() ? "" : "ASB");
    page("/crime-reduction/" + id, user("provider").roles("PROVIDER"), 403);
    // Closing is refused while cases wait; nothing changes.
    mvc.perform(
        post("/crime-reduction/" + id + "/close").with(csrf()).with(user("csp").roles("CSP_LEAD")));
    assertThat(grants.get(actors.byName("csp"), id).closed()).isFalse();
  }

  @Test
  void anAllocationRefusedShowsItsProblemsAndAConflictAsAWarning() throws Exception {
    int allocations = grants.list(actors.byName("officer")).size();
    var unread =
        mvc.perform(
                post("/crime-reduction")
                    .with(csrf())
                    .with(user("officer").roles("OFFICER"))
                    .param("csp", "kent-community-safety-partnership")
                    .param("year", "2024/25")
                    .param("total", ""))
            .andReturn()
            .getResponse();
    assertThat(unread.getStatus()).isEqualTo(200);
    assertThat(unread.getContentAsString(StandardCharsets.UTF_8))
        .contains("href=\"#total\"", "Enter the allocation, like £39,661");
    var twice =
        mvc.perform(
                post("/crime-reduction")
                    .with(csrf())
                    .with(user("officer").roles("OFFICER"))
                    .param("csp", "kent-community-safety-partnership")
                    .param("year", "2024/25")
                    .param("total", "39661"))
            .andReturn()
            .getResponse();
    assertThat(twice.getStatus()).isEqualTo(200);
    assertThat(twice.getContentAsString(StandardCharsets.UTF_8))
        .contains("govuk-warning-text", "already has a Crime Reduction Grant for 2024/25")
        .doesNotContain("There is a problem");
    assertThat(grants.list(actors.byName("officer"))).hasSize(allocations);
  }
}
