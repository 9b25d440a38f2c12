package org.commissioninghub.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.support.DatabaseSnapshot;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The 2019/20 budget table of the annual report (seeds/003 Table 4) and year-end decisions. */
@HubTest
class BudgetTest {

  private static final FinancialYear Y2019 = FinancialYear.parse("2019/20");

  @Autowired Budgets budgets;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired FundingStreams streams;
  @Autowired org.commissioninghub.support.Fixtures fixtures;
  @Autowired org.commissioninghub.reporting.FundingPositionQuery positions;

  @Test
  void table4IsReproducedFromTheRecordedLinesWithTotalsComputed() {
    BudgetTable table = budgets.table(Y2019);
    assertThat(table.lines())
        .extracting(
            BudgetLineView::name,
            l -> l.budget().plain(),
            l -> l.outturn().plain(),
            l -> l.variance().plain())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("OPCC", "1345000.00", "1360000.00", "-15000.00"),
            org.assertj.core.groups.Tuple.tuple("Grants", "2089000.00", "1829000.00", "260000.00"));
    assertThat(table.totalBudget().plain()).isEqualTo("3434000.00");
    assertThat(table.totalOutturn().plain()).isEqualTo("3189000.00");
    assertThat(table.totalVariance().plain()).isEqualTo("245000.00");
    assertThat(table.accounting(table.lines().get(0).variance())).isEqualTo("(£15,000.00)");
    // The £260k went to reserves and the £15k overspend was covered from them: nothing is left.
    assertThat(table.decisions())
        .extracting(YearEndDecisionView::outcome, d -> d.amount().plain())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(YearEndOutcome.TO_RESERVES, "260000.00"),
            org.assertj.core.groups.Tuple.tuple(YearEndOutcome.FROM_RESERVES, "15000.00"));
    table.lines().forEach(l -> assertThat(table.undecided(l).isZero()).as(l.name()).isTrue());
  }

  @Test
  void aDecisionBeyondWhatIsLeftOrOfTheWrongKindIsRefusedAndChangesNothing() {
    BudgetLineView line =
        budgets.createLine(
            new BudgetLineRequest(
                    null, "2020/21", "Test grants", "£100,000", "£90,000.50", "Ledger outturn")
                .toCommand());
    assertThat(line.variance().plain()).isEqualTo("9999.50");
    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);
    assertRefused(
        new YearEndRequest(line.publicId(), null, "TO_RESERVES", "£10,000", null, "r", null),
        "amount",
        "has £9,999.50 of underspend left to decide, not £10,000.00");
    assertRefused(
        new YearEndRequest(line.publicId(), null, "FROM_RESERVES", "£1", null, "r", null),
        "amount",
        "has nothing of overspend left to cover");
    assertRefused(
        new YearEndRequest(line.publicId(), null, "RETURN_TO_FUNDER", "£1", null, "r", null),
        "outcome",
        "no funder to return money to");
    assertRefused(
        new YearEndRequest(line.publicId(), null, "TO_RESERVES", "£1", null, " ", "2099-01-01"),
        "reasons",
        "Give the reasons");
    assertRefused(
        new YearEndRequest(line.publicId(), null, "TO_RESERVES", "£1", null, "r", "2019-01-01"),
        "decidedOn",
        "cannot be dated before the year began");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

    // Part to reserves, the rest carried forward: then nothing is left to decide.
    budgets.decide(
        "finance",
        new YearEndRequest(
                line.publicId(), null, "TO_RESERVES", "£5,000", null, "Reserves", "2021-04-10")
            .toCommand());
    budgets.decide(
        "finance",
        new YearEndRequest(
                line.publicId(), null, "CARRY_FORWARD", "£4,999.50", null, "Roll forward", null)
            .toCommand());
    BudgetTable table = budgets.table(FinancialYear.parse("2020/21"));
    assertThat(table.undecided(table.lines().get(0)).isZero()).isTrue();
  }

  @Test
  void aStreamsUnspentMoneyFollowsItsTerms() {
    // The ring-fenced MoJ DA/SV money must go back to the MoJ.
    FundingStreamView dasv = streams.get("moj-dasv-ringfenced-2024-25");
    Money unspent = budgets.unspentLeft(dasv);
    assertRefused(
        new YearEndRequest(null, dasv.publicId(), "TO_RESERVES", "£1", null, "r", null),
        "outcome",
        "must return unspent money to the funder");
    budgets.decide(
        "finance",
        new YearEndRequest(
                null, dasv.publicId(), "RETURN_TO_FUNDER", unspent.plain(), null, "Returned", null)
            .toCommand());
    assertThat(budgets.unspentLeft(dasv).isZero()).isTrue();
    assertRefused(
        new YearEndRequest(null, dasv.publicId(), "RETURN_TO_FUNDER", "£0.01", null, "r", null),
        "amount",
        "has nothing unspent and undecided");

    // A stream that may carry forward: only to a stream of the next year, which then has more.
    FundingStreamView from = fixtures.stream("2023/24", "10000", false);
    FundingStreamView next = fixtures.stream("2024/25", "5000", false);
    FundingStreamView later = fixtures.stream("2025/26", "5000", false);
    assertRefused(
        new YearEndRequest(
            null, from.publicId(), "CARRY_FORWARD", "£100", later.publicId(), "r", null),
        "toStream",
        "can only be carried to a 2024/25 stream");
    assertRefused(
        new YearEndRequest(null, from.publicId(), "CARRY_FORWARD", "£100", null, "r", null),
        "toStream",
        "Choose next year's stream");
    budgets.decide(
        "finance",
        new YearEndRequest(
                null,
                from.publicId(),
                "CARRY_FORWARD",
                "£2,500",
                next.publicId(),
                "Roll forward",
                null)
            .toCommand());
    var line =
        positions.position(FinancialYear.parse("2024/25"), null).streams().stream()
            .filter(l -> l.publicId().equals(next.publicId()))
            .findFirst()
            .orElseThrow();
    assertThat(line.carriedIn().plain()).isEqualTo("2500.00");
    assertThat(line.available().plain()).isEqualTo("7500.00");
    assertThat(budgets.unspentLeft(next).plain()).isEqualTo("7500.00");
    assertThat(budgets.unspentLeft(from).plain()).isEqualTo("7500.00");
  }

  @Test
  void aBudgetLineNeedsAYearANameAndRealAmounts() {
    assertThatThrownBy(
            () ->
                budgets.createLine(
                    new BudgetLineRequest(null, "2019/2020", "", "£1,00", "-5", null).toCommand()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .contains("year", "name", "budget"));
    assertThatThrownBy(
            () ->
                budgets.createLine(
                    new BudgetLineRequest(null, "2019/20", "Grants", "£1", null, null).toCommand()))
        .hasMessageContaining("2019/20 already has a budget line called Grants");
  }

  @Test
  void theAddALineFormNamesItsOwnYearField() throws Exception {
    var form =
        mvc.perform(
                post("/funding/budget/lines")
                    .with(user("finance").roles("FINANCE"))
                    .with(csrf())
                    .param("year", "2019/20")
                    .param("lineYear", "2019/2020")
                    .param("budget", "£1"))
            .andReturn()
            .getResponse();
    assertThat(form.getStatus()).isEqualTo(200);
    assertThat(form.getContentAsString(StandardCharsets.UTF_8))
        .contains("href=\"#lineYear\"", "href=\"#name\"", "Name the budget line")
        .doesNotContain("href=\"#year\"");
  }

  @Test
  void thePageShowsTheTableAndOnlyFinanceAndOfficersMayDecide() throws Exception {
    String page =
        mvc.perform(
                get("/funding/budget")
                    .param("year", "2019/20")
                    .with(user("auditor").roles("AUDITOR")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains(
            "£3,434,000.00",
            "£3,189,000.00",
            "£245,000.00",
            "(£15,000.00)",
            "Transferred to reserves")
        .doesNotContain("Record the decision");
    var refused =
        mvc.perform(
                post("/funding/budget/year-end")
                    .with(user("auditor").roles("AUDITOR"))
                    .with(csrf())
                    .param("budgetLine", "grants-2019-20")
                    .param("outcome", "TO_RESERVES")
                    .param("amount", "1")
                    .param("reasons", "x"))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(403);
    var form =
        mvc.perform(
                post("/funding/budget/year-end")
                    .with(user("finance").roles("FINANCE"))
                    .with(csrf())
                    .param("year", "2019/20")
                    .param("budgetLine", "grants-2019-20")
                    .param("outcome", "TO_RESERVES")
                    .param("amount", "1")
                    .param("reasons", "More"))
            .andReturn()
            .getResponse();
    assertThat(form.getStatus()).isEqualTo(200);
    assertThat(form.getContentAsString(StandardCharsets.UTF_8))
        .contains("href=\"#amount\"", "has nothing of underspend left to decide");
    String csv =
        mvc.perform(
                get("/funding/budget.csv")
                    .param("year", "2019/20")
                    .with(user("officer").roles("OFFICER")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("OPCC,1345000.00,1360000.00,-15000.00", "Total,3434000.00,3189000.00,245000.00");
  }

  private void assertRefused(YearEndRequest request, String field, String message) {
    assertThatThrownBy(() -> budgets.decide("finance", request.toCommand()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(FieldProblem::field).contains(field))
        .hasMessageContaining(message);
  }
}
