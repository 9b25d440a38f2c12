package org.commissioninghub.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.applications.ApplicationDraft;
import org.commissioninghub.applications.ApplicationView;
import org.commissioninghub.applications.Applications;
import org.commissioninghub.applications.NewApplication;
import org.commissioninghub.assessment.Assessments;
import org.commissioninghub.audit.DataQualityNotes;
import org.commissioninghub.awards.AwardLineRequest;
import org.commissioninghub.awards.AwardStatus;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.crimereduction.AllocationRequest;
import org.commissioninghub.crimereduction.AllocationView;
import org.commissioninghub.crimereduction.CrimeReductionGrants;
import org.commissioninghub.decisions.ChainView;
import org.commissioninghub.decisions.ContinuationCommand;
import org.commissioninghub.decisions.ContinuationView;
import org.commissioninghub.decisions.Continuations;
import org.commissioninghub.decisions.DecisionCommand;
import org.commissioninghub.decisions.Decisions;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.programmes.ProgrammeCommand;
import org.commissioninghub.programmes.Programmes;
import org.commissioninghub.programmes.RoundCommand;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.CsvReader.Row;
import org.commissioninghub.shared.Money;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seeds' grant rounds, loaded through the same services a commissioning team uses: the Safer in
 * Kent Fund round 2 and the 2019/20 Violence Reduction Fund as past rounds (applications received,
 * screened, recommended and approved on their dates), the KCSP's 2024/25 Crime Reduction Grant with
 * its seven business cases awaiting the chair and the PCC, and the 2024/25 MoJ victim services
 * awards as accepted continuations of 2023/24.
 */
@Component
class DemoRounds {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final Programmes programmes;
  private final Applications applications;
  private final Assessments assessments;
  private final Decisions decisions;
  private final Continuations continuations;
  private final CrimeReductionGrants crimeReduction;
  private final Awards awards;
  private final DataQualityNotes notes;
  private final Actors actors;
  private final ResourceLoader resources;

  DemoRounds(
      Programmes programmes,
      Applications applications,
      Assessments assessments,
      Decisions decisions,
      Continuations continuations,
      CrimeReductionGrants crimeReduction,
      Awards awards,
      DataQualityNotes notes,
      Actors actors,
      ResourceLoader resources) {
    this.programmes = programmes;
    this.applications = applications;
    this.assessments = assessments;
    this.decisions = decisions;
    this.continuations = continuations;
    this.crimeReduction = crimeReduction;
    this.awards = awards;
    this.notes = notes;
    this.actors = actors;
    this.resources = resources;
  }

  record ProgrammesFile(
      String about, List<ProgrammeCommand> programmes, List<RoundCommand> rounds) {}

  void programmesAndRounds(String location) {
    ProgrammesFile file;
    try (InputStream in = resources.getResource(location + "programmes.json").getInputStream()) {
      file = JsonMapper.builder().build().readValue(in, ProgrammesFile.class);
    } catch (IOException e) {
      throw new IllegalStateException("The demo file programmes.json cannot be read", e);
    }
    file.programmes().forEach(p -> programmes.createProgramme(p.toCommand()));
    file.rounds().forEach(r -> programmes.createRound(r.toCommand()));
  }

  /** A past round's application: received on its date, screened, recommended and approved. */
  void pastApplication(Row row) {
    Actor officer = actors.byName("officer");
    ApplicationView a =
        applications.start(
            officer,
            new NewApplication(
                    row.get("round"),
                    row.get("organisation"),
                    row.get("title"),
                    Map.of("kent-based", "Yes"))
                .toCommand());
    a =
        applications.save(
            officer,
            a.reference(),
            a.version(),
            new ApplicationDraft(
                    null,
                    row.get("summary"),
                    "Not recorded",
                    "not-recorded@opcc-kent.example",
                    List.of(row.get("amounts").split(";")),
                    Map.of("project", row.get("project")))
                .toCommand(a.round().programme()));
    applications.recordReceived(
        officer, a.reference(), LocalDateTime.parse(row.get("received_at")).atZone(UK).toInstant());
    assessments.screen(officer, a.reference(), true, row.get("screening_reason"));
    decideStep(officer, a.reference(), 0, row.get("recommended_on"), row.get("reasons"));
    decideStep(
        actors.byName("approver"), a.reference(), 1, row.get("approved_on"), row.get("reasons"));
    ApplicationView offered = applications.get(a.reference());
    decisions.answerOffer(officer, a.reference(), true);
    awards.moveStatus(offered.awardPublicId(), AwardStatus.ENDED, "the grant year is over");
  }

  private void decideStep(Actor who, String reference, int step, String on, String reasons) {
    ChainView chain = decisions.chain(reference);
    decisions.decide(
        who,
        reference,
        new DecisionCommand(chain.steps().get(step).step().id(), "APPROVE", null, null, reasons, on)
            .toCommand());
  }

  /**
   * The KCSP's 2024/25 grant as at the 4 July 2024 KCSP meeting (seeds/004): seven business cases
   * recommended by the Working Group on 29 April 2024 and waiting for the chair and the PCC. The
   * "£6,00" amount is refused by the money rule and recorded with its correction.
   */
  void kcspCrimeReductionGrant(List<Row> cases) {
    Actor officer = actors.byName("officer");
    Actor lead = actors.byName("csp");
    AllocationView allocation =
        crimeReduction.allocate(
            officer,
            new AllocationRequest(
                    "kent-community-safety-partnership",
                    "2024/25",
                    "£39,661",
                    "pcc-kent-budget",
                    "2024-04-01T09:00",
                    "2024-04-26T17:00",
                    "2024-07-17T09:00",
                    "2025-03-31T17:00")
                .toCommand());
    for (Row row : cases) {
      ApplicationView a =
          applications.start(
              lead,
              new NewApplication(
                      allocation.upfrontRound().publicId(),
                      row.get("organisation"),
                      row.get("title"),
                      Map.of())
                  .toCommand());
      Map<String, String> answers = new LinkedHashMap<>();
      answers.put("project", row.get("project"));
      answers.put("lead-agency", "Kent Community Safety Team (Kent County Council)");
      String amount = row.get("amount_as_printed");
      try {
        // The same money rule the application form applies; checked here first because a refused
        // save would mark the whole demo load for rollback.
        Money.parse(amount);
      } catch (IllegalArgumentException refused) {
        notes.record(
            new DataQualityNotes.DataQualityNote(
                "application",
                a.reference(),
                "amounts[0]",
                amount,
                row.get("amount"),
                "seeds/004 §2.4",
                "Refused as printed: "
                    + refused.getMessage()
                    + " Corrected to "
                    + row.get("amount")
                    + ": with £6,000 the seven proposals total £26,278, within the £26,440 upfront pot (with £600 they would total £20,878)."));
        amount = row.get("amount");
      }
      a =
          applications.save(
              lead,
              a.reference(),
              a.version(),
              new ApplicationDraft(
                      null,
                      row.get("project"),
                      "Kent Community Safety Team",
                      "kentcommunitysafetyteam@kent.example",
                      List.of(amount),
                      answers)
                  .toCommand(a.round().programme()));
      applications.recordReceived(
          lead, a.reference(), LocalDateTime.parse("2024-04-26T12:00").atZone(UK).toInstant());
      assessments.screen(lead, a.reference(), true, "Shortlisted by partners (seeds/004 §2.4)");
      decideStep(
          lead,
          a.reference(),
          0,
          "2024-04-29",
          "Consensus of support at the KCSP Working Group on 29 April 2024 (seeds/004 §2.4)");
    }
  }

  /** Each 2024/25 MoJ award as an accepted continuation of its 2023/24 award. */
  void continuation(Row row, List<Row> successorLines, String programme) {
    List<AwardLineRequest> lines = new ArrayList<>();
    for (Row line : successorLines) {
      lines.add(
          new AwardLineRequest(
              line.get("stream"),
              line.get("year"),
              line.get("category"),
              line.get("amount"),
              line.get("posts")));
    }
    Actor officer = actors.byName("officer");
    ContinuationView offered =
        continuations.offer(
            officer,
            new ContinuationCommand(
                    row.get("predecessor"),
                    row.get("year"),
                    row.get("successor"),
                    lines,
                    row.get("performance"),
                    row.get("compliance"),
                    row.get("send_to"),
                    null,
                    programme,
                    row.get("offered_on"))
                .toCommand());
    continuations.answer(officer, offered.id(), true);
    awards.moveStatus(row.get("successor"), AwardStatus.ENDED, "the grant year is over");
  }
}
