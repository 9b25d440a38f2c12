package org.commissioninghub.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Role;
import org.commissioninghub.support.DatabaseSnapshot;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The CSA action plans of seeds/002 on the demo: the 2024/25 actions of every priority with their
 * year-end summaries, the 2025/26 plan made from them on purpose, updates with their history, and
 * only the owning partnership's lead (or an officer) changing an action.
 */
@HubTest
class ActionPlansTest {

  private static final FinancialYear Y2024 = FinancialYear.parse("2024/25");
  private static final FinancialYear Y2025 = FinancialYear.parse("2025/26");

  @Autowired ActionPlans actions;
  @Autowired Actors actors;
  @Autowired Organisations organisations;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired PriorityContexts contexts;

  @Test
  void everyPriorityHasItsActionsAndNextYearsPlanWasMadeOnPurpose() throws Exception {
    Map<String, List<ActionView>> last = actions.byPriority(Y2024);
    assertThat(last).hasSize(8);
    assertThat(last.values().stream().mapToInt(List::size).sum()).isEqualTo(39);
    List<ActionView> all = last.values().stream().flatMap(List::stream).toList();
    assertThat(all).allMatch(a -> a.planVersion().equals("8.0"));
    // The seed's table leaves three rows without a summary (two VAWG actions share the row
    // above's; Vision Zero has none).
    assertThat(all).filteredOn(a -> a.yearEndSummary() == null).hasSize(3);
    List<ActionView> next =
        actions.byPriority(Y2025).values().stream().flatMap(List::stream).toList();
    List<ActionView> carried = next.stream().filter(a -> a.carriedFromId() != null).toList();
    assertThat(carried).isNotEmpty().allMatch(a -> a.planVersion().equals("9.0"));
    for (ActionView a : carried) {
      ActionView from = actions.get(actors.byName("officer"), a.carriedFromId());
      assertThat(from.year()).isEqualTo(Y2024);
      assertThat(from.status().unfinished()).isTrue();
      assertThat(from.title()).isEqualTo(a.title());
    }
    assertThat(next).hasSize(carried.size() + 8);
    String page = text("/priorities/action-plans?year=2024/25");
    assertThat(page)
        .contains("Road Safety", "Complete", "Ongoing", "Carry the chosen actions forward");
  }

  @Test
  void updatesAreKeptAndOnlyTheOwningPartnershipChangesAnAction() {
    ActionView action =
        actions.byPriority(Y2025).get("Road Safety") == null
            ? actions.byPriority(Y2024).get("Road Safety").get(0)
            : actions.byPriority(Y2025).get("Road Safety").get(0);
    Actor kcspLead = actors.byName("csp");
    ActionView updated =
        actions.update(
            kcspLead,
            action.id(),
            action.version(),
            new ActionUpdateRequest("DELAYED", "Waiting for the new strategy", null).toCommand());
    assertThat(updated.status()).isEqualTo(ActionStatus.DELAYED);
    assertThat(updated.updates()).hasSize(1);
    assertThat(updated.updates().get(0).writtenBy()).isEqualTo("csp");

    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);
    // Someone still looking at the old version is refused.
    assertThatThrownBy(
            () ->
                actions.update(
                    kcspLead,
                    action.id(),
                    action.version(),
                    new ActionUpdateRequest("COMPLETE", "Done", null).toCommand()))
        .isInstanceOf(ConflictException.class);
    // Another partnership's lead is told the action does not exist.
    Actor ashfordLead =
        new Actor(
            "ashford",
            "Ashford lead",
            Set.of(Role.CSP_LEAD),
            organisations.get("ashford-csp").id());
    assertThatThrownBy(
            () ->
                actions.update(
                    ashfordLead,
                    action.id(),
                    updated.version(),
                    new ActionUpdateRequest("COMPLETE", "Done", null).toCommand()))
        .isInstanceOf(NotFoundException.class);
    // An unknown status is named; nothing said and nothing changed is refused.
    assertThatThrownBy(
            () ->
                actions.update(
                    kcspLead,
                    action.id(),
                    updated.version(),
                    new ActionUpdateRequest("FINISHED", "x", null).toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("FINISHED");
    // A started action does not go back to not started (ActionStatus.canMoveTo).
    assertThatThrownBy(
            () ->
                actions.update(
                    kcspLead,
                    action.id(),
                    updated.version(),
                    new ActionUpdateRequest("NOT_STARTED", "Paused", null).toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cannot go back to not started");
    assertThatThrownBy(
            () ->
                actions.update(
                    kcspLead,
                    action.id(),
                    updated.version(),
                    new ActionUpdateRequest("DELAYED", " ", null).toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Say what has happened");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void aCompletedActionIsNotCarriedAndNothingIsCarriedByAccident() {
    Actor officer = actors.byName("officer");
    ActionView complete =
        actions.byPriority(Y2024).values().stream()
            .flatMap(List::stream)
            .filter(a -> a.status() == ActionStatus.COMPLETE)
            .findFirst()
            .orElseThrow();
    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);
    assertThatThrownBy(
            () ->
                actions.rollOver(
                    officer,
                    new RollOverRequest("2024/25", "kent-csa-9-0", List.of(complete.id()))
                        .toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is complete: it is not carried forward");
    assertThatThrownBy(
            () ->
                actions.rollOver(
                    officer, new RollOverRequest("2024/25", "kent-csa-9-0", List.of()).toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Choose the actions to carry");
    ActionView alreadyCarried =
        actions.byPriority(Y2025).values().stream()
            .flatMap(List::stream)
            .filter(a -> a.carriedFromId() != null)
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(
            () ->
                actions.rollOver(
                    officer,
                    new RollOverRequest(
                            "2024/25", "kent-csa-9-0", List.of(alreadyCarried.carriedFromId()))
                        .toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is already in the 2025/26 plan");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void aPrioritysContextNamesTheFigureLineWithoutASourceAndKeepsVersions() {
    String roads = "Road Safety";
    Actor lead = actors.byName("csp");
    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);
    assertThatThrownBy(
            () ->
                contexts.save(
                    lead,
                    Y2024,
                    roads,
                    0,
                    new ContextRequest("Words", "Casualties | 1,000 | KCC Highways\nSchemes | 15")
                        .toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Figure line 2: write it as label | figure | source");
    assertThatThrownBy(
            () -> contexts.save(lead, Y2024, roads, 1, new ContextRequest("Words", "").toCommand()))
        .isInstanceOf(ConflictException.class);
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    assertThat(
            contexts
                .save(lead, Y2024, roads, 0, new ContextRequest("Words", "").toCommand())
                .version())
        .isEqualTo(1);
    PriorityContext saved =
        contexts.save(
            lead,
            Y2024,
            roads,
            1,
            new ContextRequest("More", "Vision Zero schemes | 15 | KCC Highways").toCommand());
    assertThat(saved.version()).isEqualTo(2);
    assertThat(saved.figures())
        .extracting(PriorityContext.Figure::source)
        .containsExactly("KCC Highways");
  }

  private String text(String path) throws Exception {
    var response =
        mvc.perform(get(path).with(user("csp").roles("CSP_LEAD"))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
