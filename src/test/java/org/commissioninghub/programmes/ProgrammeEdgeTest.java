package org.commissioninghub.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.commissioninghub.organisations.OrganisationType;
import org.commissioninghub.organisations.PolicyKind;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Role;
import org.junit.jupiter.api.Test;

/** A programme and a round as typed become typed commands, or are refused naming each field. */
class ProgrammeEdgeTest {

  private static ProgrammeCommand programme(
      String owner, String max, Integer years, List<ProgrammeCommand.Step> steps) {
    return new ProgrammeCommand(
        null,
        " Safer Streets Fund ",
        " ",
        owner,
        max,
        years,
        List.of("charity"),
        null,
        null,
        null,
        List.of(" pcc-2024 "),
        List.of(new ProgrammeCommand.Criterion(" Need ", 2, 5, null)),
        List.of(
            new ProgrammeCommand.Question(
                "kent", " In Kent? ", null, "yes_no", true, null, null, true, "Yes", "Kent only"),
            new ProgrammeCommand.Question(
                "plan", "Plan", null, "TEXT", null, 50, null, null, null, null)),
        steps,
        List.of("SAFEGUARDING"));
  }

  @Test
  void aProgrammeAsTypedBecomesTypedValues() {
    NewProgramme p =
        programme(
                " opcc-kent ",
                "£10,000",
                null,
                List.of(
                    new ProgrammeCommand.Step(null, "Officer", " officer ", true, null, null),
                    new ProgrammeCommand.Step(2, "PCC", "APPROVER", null, "£5,000", null)))
            .toCommand();
    assertThat(p.publicId()).isEqualTo("safer-streets-fund");
    assertThat(p.name()).isEqualTo("Safer Streets Fund");
    assertThat(p.description()).isNull();
    assertThat(p.owner()).isEqualTo("opcc-kent");
    assertThat(p.maxPerYear()).isEqualTo(Money.ofPounds(10_000));
    assertThat(p.maxYears()).isEqualTo(1);
    assertThat(p.eligibleTypes()).isEqualTo(Set.of(OrganisationType.CHARITY));
    assertThat(p.maxDocumentBytes()).isEqualTo(10L * 1024 * 1024);
    assertThat(p.streams()).containsExactly("pcc-2024");
    assertThat(p.criteria()).containsExactly(new NewProgramme.Criterion("Need", 2, 5, null));
    assertThat(p.questions())
        .extracting(NewProgramme.Question::kind)
        .containsExactly(QuestionKind.YES_NO, QuestionKind.TEXT);
    assertThat(p.questions().get(0).label()).isEqualTo("In Kent?");
    assertThat(p.steps())
        .containsExactly(
            new NewProgramme.Step(1, "Officer", Role.OFFICER, true, null, null),
            new NewProgramme.Step(2, "PCC", Role.APPROVER, false, Money.ofPounds(5_000), null));
    assertThat(p.requiredPolicies()).containsExactly(PolicyKind.SAFEGUARDING);
  }

  @Test
  void aProgrammeIsRefusedNamingEveryFieldAtFault() {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                programme(
                        " ",
                        "ten pounds",
                        11,
                        List.of(new ProgrammeCommand.Step(1, "Chair", "FINANCE", true, null, null)))
                    .toCommand());
    assertThat(refused.code()).isEqualTo("PROGRAMME-1");
    InvalidInputException noKind =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new ProgrammeCommand(
                        null,
                        "Fund",
                        null,
                        "opcc-kent",
                        "£1",
                        1,
                        java.util.Arrays.asList("CHARITY", null),
                        null,
                        null,
                        null,
                        List.of("s"),
                        null,
                        List.of(
                            new ProgrammeCommand.Question(
                                "plan", "Plan", null, null, null, null, null, null, null, null)),
                        List.of(new ProgrammeCommand.Step(1, "PCC", "APPROVER", null, null, null)),
                        null)
                    .toCommand());
    assertThat(noKind.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("eligibleTypes[1]", "questions[0].kind");
    assertThat(refused.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("owner", "maxPerYear", "maxYears", "approvalSteps[0].role");
    assertThat(refused.problems())
        .extracting(FieldProblem::message)
        .contains(
            "Select the organisation that runs the programme",
            "Step 1: the deciding role must be one of ADMIN, APPROVER, CSP_LEAD, OFFICER");
  }

  @Test
  void aRoundAsTypedBecomesTypedValues() {
    NewRound r =
        new RoundCommand(
                null,
                " safer-streets ",
                "Round 1",
                "SSF-1",
                "2024-09-01T09:00",
                "2025-04-10T17:00",
                "£100,000.50",
                " ",
                " ",
                null)
            .toCommand();
    assertThat(r.publicId()).isEqualTo("safer-streets-round-1");
    assertThat(r.programme()).isEqualTo("safer-streets");
    assertThat(r.window())
        .isEqualTo(
            RoundWindow.ukTimes(
                LocalDateTime.parse("2024-09-01T09:00"), LocalDateTime.parse("2025-04-10T17:00")));
    assertThat(r.budget()).isEqualTo(Money.ofPence(10_000_050));
    assertThat(r.firstYear()).isEqualTo(FinancialYear.parse("2025/26"));
    assertThat(r.advert()).isNull();
    assertThat(r.opensAfterRound()).isNull();
  }

  @Test
  void aRoundIsRefusedNamingEveryFieldAtFault() {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new RoundCommand(
                        null,
                        null,
                        "Round 1",
                        "ssf",
                        "2024-09-01T09:00",
                        "2024-08-01T09:00",
                        "0",
                        "2024",
                        null,
                        null)
                    .toCommand());
    assertThat(refused.code()).isEqualTo("ROUND-1");
    assertThat(refused.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("programme", "referencePrefix", "closes", "budget", "firstYear");
  }

  @Test
  void aRoundCannotFundAYearBeforeTheOneItOpensIn() {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new RoundCommand(
                        null,
                        "safer-streets",
                        "Round 9",
                        "SSF-9",
                        "2026-05-01T09:00",
                        "2026-06-30T17:00",
                        "£100,000",
                        "2019/20",
                        null,
                        null)
                    .toCommand());
    assertThat(refused.code()).isEqualTo("ROUND-1");
    assertThat(refused.problems())
        .extracting(p -> p.field() + ": " + p.message())
        .containsExactly(
            "firstYear: The first year funded cannot be 2019/20: the round opens in 2026/27, so"
                + " it can fund 2026/27 or a later year");
    // The year it opens in, and later years, are fine; so is a round opening in March for April.
    for (String[] ok :
        new String[][] {
          {"2026-05-01T09:00", "2026/27"},
          {"2026-05-01T09:00", "2027/28"},
          {"2026-03-01T09:00", "2026/27"}
        }) {
      assertThat(
              new RoundCommand(
                      null,
                      "safer-streets",
                      "Round 9",
                      "SSF-9",
                      ok[0],
                      "2026-06-30T17:00",
                      "£100,000",
                      ok[1],
                      null,
                      null)
                  .toCommand()
                  .firstYear())
          .hasToString(ok[1]);
    }
  }
}
