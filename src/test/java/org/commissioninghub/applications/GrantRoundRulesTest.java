package org.commissioninghub.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.commissioninghub.assessment.Assessments;
import org.commissioninghub.assessment.ScoreInput;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.crimereduction.AllocationRequest;
import org.commissioninghub.crimereduction.AllocationView;
import org.commissioninghub.crimereduction.CrimeReductionGrants;
import org.commissioninghub.decisions.ChainView;
import org.commissioninghub.decisions.DecisionCommand;
import org.commissioninghub.decisions.Decisions;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.organisations.OrganisationProfile;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.organisations.PolicyKind;
import org.commissioninghub.organisations.PolicyView;
import org.commissioninghub.organisations.ProfileCommand;
import org.commissioninghub.programmes.ProgrammeCommand;
import org.commissioninghub.programmes.ProgrammeView;
import org.commissioninghub.programmes.Programmes;
import org.commissioninghub.programmes.RoundCommand;
import org.commissioninghub.programmes.RoundView;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Role;
import org.commissioninghub.support.Fixtures;
import org.commissioninghub.support.HubTest;
import org.commissioninghub.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every rule of a grant round enforced by the server: maximum bid and years, the deadline across a
 * clock change, the round's budget and the streams' balances, conflicts of interest, the order and
 * thresholds of the approval chain, and the Crime Reduction Grant's two pots; with the receipt,
 * offer and feedback sent through real SMTP.
 */
@HubTest
class GrantRoundRulesTest {

  @RegisterExtension static GreenMailExtension smtp = TestMail.smtp();

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Autowired Programmes programmes;
  @Autowired Applications applications;
  @Autowired Assessments assessments;
  @Autowired Decisions decisions;
  @Autowired CrimeReductionGrants crimeReduction;
  @Autowired Awards awards;
  @Autowired Actors actors;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired Organisations organisations;

  private Actor officer() {
    return actors.byName("officer");
  }

  private Actor provider() {
    return actors.byName("provider");
  }

  // ---- fixtures -------------------------------------------------------------------------

  private String openNow(int hoursBack, int hoursAhead) {
    return LOCAL.format(ZonedDateTime.now(clock).withZoneSameInstant(UK).minusHours(hoursBack))
        + "|"
        + LOCAL.format(ZonedDateTime.now(clock).withZoneSameInstant(UK).plusHours(hoursAhead));
  }

  private ProgrammeView programme(
      String max,
      int years,
      List<String> streams,
      List<ProgrammeCommand.Step> steps,
      boolean scored) {
    return programme(max, years, streams, steps, scored, List.of());
  }

  private ProgrammeView programme(
      String max,
      int years,
      List<String> streams,
      List<ProgrammeCommand.Step> steps,
      boolean scored,
      List<String> policies) {
    String id = "p-" + UUID.randomUUID().toString().substring(0, 8);
    return programmes.createProgramme(
        new ProgrammeCommand(
                id,
                "Fund " + id,
                "A test fund",
                "opcc-kent",
                max,
                years,
                List.of("CHARITY"),
                "Kent and Medway",
                null,
                1,
                streams,
                scored
                    ? List.of(
                        new ProgrammeCommand.Criterion("Need", 2, 5, "Evidence of need"),
                        new ProgrammeCommand.Criterion("Outcomes", 1, 5, null))
                    : List.of(),
                List.of(
                    new ProgrammeCommand.Question(
                        "kent-based",
                        "Do you work in Kent or Medway?",
                        null,
                        "YES_NO",
                        true,
                        null,
                        null,
                        true,
                        "Yes",
                        "the fund is only for services in Kent and Medway"),
                    new ProgrammeCommand.Question(
                        "plan",
                        "What will you do?",
                        null,
                        "TEXT",
                        true,
                        10,
                        null,
                        false,
                        null,
                        null)),
                steps,
                policies)
            .toCommand());
  }

  private static List<ProgrammeCommand.Step> officerThenPcc() {
    return List.of(
        new ProgrammeCommand.Step(1, "Officer recommends", "OFFICER", true, null, null),
        new ProgrammeCommand.Step(2, "PCC approves", "APPROVER", false, null, null));
  }

  private RoundView round(ProgrammeView programme, String window, String budget, String firstYear) {
    String[] times = window.split("\\|");
    String prefix = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    return programmes.createRound(
        new RoundCommand(
                null,
                programme.publicId(),
                "Round " + prefix,
                prefix,
                times[0],
                times[1],
                budget,
                firstYear,
                null,
                null)
            .toCommand());
  }

  private String currentYear() {
    return org.commissioninghub.shared.FinancialYear.containing(java.time.LocalDate.now(clock))
        .toString();
  }

  private FundingStreamView stream(String year, String amount, boolean ringfenced) {
    return fixtures.stream(year, amount, ringfenced);
  }

  /** A complete, submitted application for the provider's organisation (Victim Support). */
  private ApplicationView submitted(RoundView round, String... amounts) {
    ApplicationView draft =
        applications.start(
            provider(),
            new NewApplication(round.publicId(), null, "Project", Map.of("kent-based", "Yes"))
                .toCommand());
    draft =
        applications.save(
            provider(),
            draft.reference(),
            draft.version(),
            new ApplicationDraft(
                    null,
                    "A summary",
                    "Sam Contact",
                    "sam@victimsupport.example",
                    List.of(amounts),
                    Map.of("plan", "Six workshops in schools"))
                .toCommand(draft.round().programme()));
    return applications.submit(provider(), draft.reference());
  }

  /** The same, entered by an officer for another organisation. */
  private ApplicationView submittedFor(String organisation, RoundView round, String amount) {
    ApplicationView draft =
        applications.start(
            officer(),
            new NewApplication(
                    round.publicId(), organisation, "Project", Map.of("kent-based", "Yes"))
                .toCommand());
    draft =
        applications.save(
            officer(),
            draft.reference(),
            draft.version(),
            new ApplicationDraft(
                    null,
                    "A summary",
                    "Sam Contact",
                    "sam@charity.example",
                    List.of(amount),
                    Map.of("plan", "Six workshops in schools"))
                .toCommand(draft.round().programme()));
    return applications.submit(officer(), draft.reference());
  }

  private ApplicationView screenedIn(ApplicationView a) {
    return assessments.screen(
        officer(), a.reference(), true, "Eligible: a charity working in Kent");
  }

  private ChainView decide(
      String who, ApplicationView a, int stepIndex, String outcome, List<String> amounts) {
    ChainView chain = decisions.chain(a.reference());
    long step = chain.steps().get(stepIndex).step().id();
    return decisions.decide(
        actors.byName(who),
        a.reference(),
        new DecisionCommand(step, outcome, amounts, null, "Reasons of " + who).toCommand());
  }

  // ---- applying ------------------------------------------------------------------------

  @Test
  void notEligibleStoresNothingAndSaysWhy() {
    ProgrammeView p =
        programme(
            "£10,000",
            1,
            List.of(stream(currentYear(), "100000", false).publicId()),
            officerThenPcc(),
            false);
    RoundView r = round(p, openNow(24, 24), "£100,000", currentYear());
    long before = jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single();
    assertThatThrownBy(
            () ->
                applications.start(
                    provider(),
                    new NewApplication(r.publicId(), null, "Project", Map.of("kent-based", "No"))
                        .toCommand()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        pr -> {
                          assertThat(pr.field()).isEqualTo("eligibility.kent-based");
                          assertThat(pr.message())
                              .isEqualTo(
                                  "Not eligible because the fund is only for services in Kent and Medway");
                        }));
    // A local authority is not a charity: the programme is open only to charities.
    assertThatThrownBy(
            () ->
                applications.start(
                    officer(),
                    new NewApplication(
                            r.publicId(),
                            "kent-county-council",
                            "Project",
                            Map.of("kent-based", "Yes"))
                        .toCommand()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getMessage())
                    .contains(
                        "organisation: Not eligible because", "open only to registered charity"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void maximumBidAndYearsAreCheckedAndARejectedSaveChangesNothing() {
    String year = currentYear();
    ProgrammeView p =
        programme(
            "£35,000",
            3,
            List.of(stream(year, "1000000", false).publicId()),
            officerThenPcc(),
            false);
    RoundView r = round(p, openNow(24, 24), "£1,000,000", year);
    ApplicationView draft =
        applications.start(
            provider(),
            new NewApplication(r.publicId(), null, "Guiding Lights", Map.of("kent-based", "Yes"))
                .toCommand());

    assertThatThrownBy(
            () ->
                applications.save(
                    provider(),
                    draft.reference(),
                    draft.version(),
                    new ApplicationDraft(
                            null, null, null, null, List.of("£35,000", "£35,000.01"), null)
                        .toCommand(draft.round().programme())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        pr -> {
                          assertThat(pr.field()).isEqualTo("amounts[1]");
                          assertThat(pr.message())
                              .contains(
                                  "Year 2: £35,000.01 is more than the most",
                                  "gives in a year, £35,000.00");
                        }));
    assertThatThrownBy(
            () ->
                applications.save(
                    provider(),
                    draft.reference(),
                    draft.version(),
                    new ApplicationDraft(
                            null, null, null, null, List.of("£1", "£1", "£1", "£1"), null)
                        .toCommand(draft.round().programme())))
        .hasMessageContaining("funds at most 3 years, not 4");
    assertThatThrownBy(
            () ->
                applications.save(
                    provider(),
                    draft.reference(),
                    draft.version(),
                    new ApplicationDraft(
                            "New title",
                            null,
                            null,
                            null,
                            List.of("£6,00"),
                            Map.of(
                                "plan", "one two three four five six seven eight nine ten eleven"))
                        .toCommand(draft.round().programme())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(pr -> pr.field())
                    .containsExactlyInAnyOrder("amounts[0]", "answers.plan"));

    ApplicationView unchanged = applications.get(provider(), draft.reference());
    assertThat(unchanged.title()).isEqualTo("Guiding Lights");
    assertThat(unchanged.amounts()).isEmpty();
    assertThat(unchanged.version()).isEqualTo(draft.version());

    ApplicationView saved =
        applications.save(
            provider(),
            draft.reference(),
            draft.version(),
            new ApplicationDraft(
                    null, null, null, null, List.of("£35,000", "£35,000", "£35,000"), null)
                .toCommand(draft.round().programme()));
    assertThat(saved.amounts())
        .extracting(a -> a.year().toString())
        .containsExactly(year, r.year(1).toString(), r.year(2).toString());
    assertThat(saved.total()).isEqualTo(Money.ofPounds(105_000));
  }

  @Test
  void theDeadlineIsUkTimeAcrossTheClockChangeAndALateSubmissionIsRefused() {
    // Opens in British Summer Time, closes at noon on the day the clocks go back (26 October 2025).
    ProgrammeView p =
        programme(
            "£10,000",
            1,
            List.of(stream("2025/26", "100000", false).publicId()),
            officerThenPcc(),
            false);
    RoundView r = round(p, "2025-09-01T09:00|2025-10-26T12:00", "£100,000", "2025/26");
    assertThat(r.window().closes().toInstant()).isEqualTo(Instant.parse("2025-10-26T12:00:00Z"));
    assertThat(r.window().opens().toInstant()).isEqualTo(Instant.parse("2025-09-01T08:00:00Z"));

    List<String> refs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      // The round has closed in real time, so drafts are made as staff entering past applications.
      refs.add(jdbcDraft(r));
    }
    ApplicationView onTime =
        applications.recordReceived(officer(), refs.get(0), Instant.parse("2025-10-26T11:59:59Z"));
    assertThat(onTime.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    // 12:00 GMT is noon UK time after the change; under the summer offset it would have been 13:00.
    assertThatThrownBy(
            () ->
                applications.recordReceived(
                    officer(), refs.get(1), Instant.parse("2025-10-26T12:00:30Z")))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "This round closed at 12:00pm on 26 October 2025 (UK time); your submission came 30 seconds late."));
    assertThat(applications.get(officer(), refs.get(1)).status())
        .isEqualTo(ApplicationStatus.DRAFT);
    // And the real clock refuses to start anything in a closed round.
    assertThatThrownBy(
            () ->
                applications.start(
                    provider(),
                    new NewApplication(r.publicId(), null, "Late", Map.of("kent-based", "Yes"))
                        .toCommand()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("This round closed at 12:00pm on 26 October 2025");
  }

  /** A complete draft in a round that has already closed, written as a data migration would. */
  private String jdbcDraft(RoundView r) {
    String ref = r.referencePrefix() + "-" + UUID.randomUUID().toString().substring(0, 4);
    long org =
        jdbc.sql("SELECT id FROM organisation WHERE public_id = 'victim-support'")
            .query(Long.class)
            .single();
    jdbc.sql(
            "INSERT INTO application (reference, round_id, organisation_id, title, summary, contact_name, contact_email, status, created_by, created_at, updated_at) VALUES (?, ?, ?, 'Late project', 'Summary', 'Sam', 'sam@example.org', 'DRAFT', 'officer', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
        .params(ref, r.id(), org)
        .update();
    long id =
        jdbc.sql("SELECT id FROM application WHERE reference = ?")
            .param(ref)
            .query(Long.class)
            .single();
    jdbc.sql("INSERT INTO application_amount VALUES (?, 0, 2025, 500000)").param(id).update();
    long q =
        r.programme().questions().stream()
            .filter(x -> x.key().equals("plan"))
            .findFirst()
            .orElseThrow()
            .id();
    jdbc.sql("INSERT INTO application_answer VALUES (?, ?, 'Workshops')").params(id, q).update();
    return ref;
  }

  @Test
  void theProfileIsReusedItsRequiredPoliciesAreCheckedAndACopyIsKeptAtSubmission() {
    ProgrammeView p =
        programme(
            "£10,000",
            1,
            List.of(stream(currentYear(), "100000", false).publicId()),
            officerThenPcc(),
            false,
            List.of("SAFEGUARDING", "EQUALITY"));
    assertThat(p.requiredPolicies())
        .containsExactlyInAnyOrder(PolicyKind.SAFEGUARDING, PolicyKind.EQUALITY);
    RoundView r = round(p, openNow(1, 1), "£100,000", currentYear());
    OrganisationView charity = fixtures.organisation(Fixtures.unique("Profile Charity"));
    LocalDate today = LocalDate.now(clock);

    // No policies: the submission is refused, naming each policy, and nothing changes.
    assertThatThrownBy(() -> submittedFor(charity.publicId(), r, "£5,000"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .contains("policies.SAFEGUARDING", "policies.EQUALITY"))
        .hasMessageContaining("has no safeguarding policy");
    String reference =
        applications.inRound(r.id()).stream()
            .filter(a -> a.organisationPublicId().equals(charity.publicId()))
            .findFirst()
            .orElseThrow()
            .reference();
    assertThat(applications.get(reference).status()).isEqualTo(ApplicationStatus.DRAFT);

    // A safeguarding policy reviewed over a year ago does not count; a future date is refused.
    assertThatThrownBy(
            () ->
                organisations.updateProfile(
                    "officer",
                    charity.publicId(),
                    charity.version(),
                    profile("1187654", Map.of("SAFEGUARDING", today.plusDays(1).toString()))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("policies.SAFEGUARDING"));
    assertThat(organisations.profile(charity.publicId()).policies()).isEmpty();
    OrganisationProfile stale =
        organisations.updateProfile(
            "officer",
            charity.publicId(),
            charity.version(),
            profile(
                "1187654",
                Map.of(
                    "SAFEGUARDING",
                    today.minusMonths(13).toString(),
                    "EQUALITY",
                    today.minusMonths(2).toString())));
    assertThat(stale.organisation().orgIdentifier()).isEqualTo("GB-CHC-1187654");
    assertThatThrownBy(() -> applications.submit(officer(), reference))
        .hasMessageContaining("The safeguarding policy was last reviewed on")
        .hasMessageContaining("it must have been reviewed since");

    // Reviewed recently: the same profile serves the application, and a copy is kept.
    String reviewed = today.minusMonths(1).toString();
    organisations.updateProfile(
        "officer",
        charity.publicId(),
        stale.organisation().version(),
        profile(
            "1187654",
            Map.of("SAFEGUARDING", reviewed, "EQUALITY", today.minusMonths(2).toString())));
    ApplicationView submitted = applications.submit(officer(), reference);
    assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);

    // Later changes to the profile do not rewrite what the application was submitted with.
    OrganisationProfile now = organisations.profile(charity.publicId());
    organisations.updateProfile(
        "officer", charity.publicId(), now.organisation().version(), profile("1176543", Map.of()));
    ApplicationProfile kept = applications.profile(applications.get(reference));
    assertThat(kept.asSubmitted()).isTrue();
    assertThat(kept.charityNumber()).isEqualTo("1187654");
    assertThat(kept.policies())
        .extracting(PolicyView::kind, pv -> pv.reviewedOn().toString())
        .contains(org.assertj.core.groups.Tuple.tuple(PolicyKind.SAFEGUARDING, reviewed));
    assertThat(organisations.profile(charity.publicId()).organisation().charityNumber())
        .isEqualTo("1176543");
  }

  private static ProfileCommand profile(String charityNumber, Map<String, String> policies) {
    return new ProfileCommand(
        charityNumber, null, "1 High Street, Maidstone", "ME14 1XX", null, policies);
  }

  @Test
  void submittingSendsAReceiptWithTheReferenceAndWithdrawalIsRecorded() throws Exception {
    ProgrammeView p =
        programme(
            "£10,000",
            1,
            List.of(stream(currentYear(), "100000", false).publicId()),
            officerThenPcc(),
            false);
    RoundView r = round(p, openNow(1, 1), "£100,000", currentYear());
    ApplicationView a = submitted(r, "£9,999.99");
    assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    MimeMessage receipt =
        messageTo("sam@victimsupport.example", "Application received: " + a.reference());
    String body = new String(receipt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(body).contains("Reference: " + a.reference(), "Total: £9,999.99", "(UK time)");
    // Submitted means final: a second submission or a change is refused.
    assertThatThrownBy(() -> applications.submit(provider(), a.reference()))
        .hasMessageContaining("can no longer be changed");
    ApplicationView withdrawn =
        applications.withdraw(provider(), a.reference(), "Found other funding");
    assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(withdrawn.withdrawalReason()).isEqualTo("Found other funding");
    // Another organisation's user cannot see it at all.
    assertThatThrownBy(() -> applications.get(actors.byName("provider2"), a.reference()))
        .isInstanceOf(org.commissioninghub.shared.NotFoundException.class);
  }

  @Test
  void documentsAreRecognisedByContentAndLimitedInSize() {
    ProgrammeView p =
        programme(
            "£10,000",
            1,
            List.of(stream(currentYear(), "100000", false).publicId()),
            officerThenPcc(),
            false);
    RoundView r = round(p, openNow(1, 1), "£100,000", currentYear());
    ApplicationView draft =
        applications.start(
            provider(),
            new NewApplication(r.publicId(), null, "Docs", Map.of("kent-based", "Yes"))
                .toCommand());
    byte[] pdf = "%PDF-1.7\n1 0 obj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    ApplicationView.DocumentView stored =
        applications.upload(provider(), draft.reference(), null, "C:\\Users\\me\\budget.pdf", pdf);
    assertThat(stored.fileName()).isEqualTo("budget.pdf");
    assertThat(stored.contentType()).isEqualTo("application/pdf");
    assertThat(stored.sha256()).isEqualTo(Applications.sha256(pdf));
    assertThat(applications.document(provider(), draft.reference(), stored.id()).content())
        .isEqualTo(pdf);

    byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    assertThatThrownBy(
            () -> applications.upload(provider(), draft.reference(), null, "report.pdf", exe))
        .hasMessageContaining("report.pdf is not a type we accept");
    byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
    assertThatThrownBy(
            () -> applications.upload(provider(), draft.reference(), null, "plan.pdf", png))
        .hasMessageContaining("plan.pdf does not match its content, which is image/png");
    byte[] big = new byte[1024 * 1024 + 1];
    big[0] = '%';
    big[1] = 'P';
    big[2] = 'D';
    big[3] = 'F';
    big[4] = '-';
    assertThatThrownBy(
            () -> applications.upload(provider(), draft.reference(), null, "big.pdf", big))
        .hasMessageContaining("big.pdf is 1.0 MB: the most")
        .hasMessageContaining("accepts is 1.0 MB");
    assertThat(applications.get(provider(), draft.reference()).documents()).hasSize(1);
  }

  // ---- assessing -----------------------------------------------------------------------

  @Test
  void aDeclaredConflictBlocksScoringAndDecidingAndIsInTheRegister() {
    ProgrammeView p =
        programme(
            "£10,000",
            1,
            List.of(stream(currentYear(), "100000", false).publicId()),
            officerThenPcc(),
            true);
    RoundView r = round(p, openNow(1, 1), "£100,000", currentYear());
    ApplicationView a = screenedIn(submitted(r, "£8,000"));
    assessments.assign(officer(), a.reference(), "assessor");
    assessments.assign(officer(), a.reference(), "assessor2");
    assertThatThrownBy(
            () ->
                assessments.score(actors.byName("assessor"), a.reference(), List.of(), null, false))
        .hasMessageContaining("Declare any conflict of interest before scoring");

    assessments.declare(
        actors.byName("assessor"), a.reference(), true, "I am a trustee of Victim Support");
    assertThatThrownBy(
            () ->
                assessments.score(actors.byName("assessor"), a.reference(), List.of(), null, false))
        .hasMessageContaining(
            "You stood aside from " + a.reference() + " because of a conflict of interest");
    assertThat(assessments.conflictsRegister())
        .anySatisfy(
            c -> {
              assertThat(c.reference()).isEqualTo(a.reference());
              assertThat(c.hasConflict()).isTrue();
              assertThat(c.nature()).isEqualTo("I am a trustee of Victim Support");
            });

    // The same assessor cannot be given another application from the same organisation.
    ApplicationView another = screenedIn(submitted(r, "£1,000"));
    assertThatThrownBy(() -> assessments.assign(officer(), another.reference(), "assessor"))
        .hasMessageContaining("has declared a conflict of interest with Victim Support");

    // Decisions wait for the remaining assessor, whose scores are range-checked and need comments.
    assertThatThrownBy(() -> decide("officer", a, 0, "APPROVE", null))
        .hasMessageContaining("No assessor has submitted scores");
    Actor second = actors.byName("assessor2");
    assessments.declare(second, a.reference(), false, null);
    long need = p.criteria().get(0).id();
    long outcomes = p.criteria().get(1).id();
    assertThatThrownBy(
            () ->
                assessments.score(
                    second,
                    a.reference(),
                    List.of(new ScoreInput(need, "6", "x"), new ScoreInput(outcomes, "3", " ")),
                    null,
                    true))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(pr -> pr.field())
                    .containsExactlyInAnyOrder(
                        "scores." + need, "scores." + outcomes + ".comment"));
    var done =
        assessments.score(
            second,
            a.reference(),
            List.of(
                new ScoreInput(need, "4", "Strong evidence"),
                new ScoreInput(outcomes, "2", "Vague outcomes")),
            "Fund",
            true);
    // (4/5×2 + 2/5×1) / 3 = 0.6667 of the weighted maximum.
    assertThat(done.weightedScore()).isEqualTo(66.7);
    assertThat(assessments.moderation(r.publicId()).rows())
        .anySatisfy(
            row -> {
              assertThat(row.application().reference()).isEqualTo(a.reference());
              assertThat(row.meanScore()).isEqualTo(66.7);
            });
    // The conflicted assessor is not an approver anyway; the conflict check stops anyone who
    // declared.
    assertThat(assessments.declaredConflict("assessor", a.reference())).isTrue();
  }

  @Test
  void moderationFlagsAnOutlyingScore() {
    ProgrammeView p =
        programme(
            "£10,000",
            1,
            List.of(stream(currentYear(), "100000", false).publicId()),
            officerThenPcc(),
            true);
    RoundView r = round(p, openNow(1, 1), "£12,000", currentYear());
    String charity = fixtures.organisation(Fixtures.unique("Moderated Charity")).publicId();
    ApplicationView a = screenedIn(submittedFor(charity, r, "£8,000"));
    ApplicationView b = screenedIn(submittedFor(charity, r, "£7,000"));
    for (ApplicationView app : List.of(a, b)) {
      for (String who : List.of("assessor", "assessor2")) {
        assessments.assign(officer(), app.reference(), who);
        assessments.declare(actors.byName(who), app.reference(), false, null);
      }
    }
    long need = p.criteria().get(0).id();
    long outcomes = p.criteria().get(1).id();
    assessments.score(
        actors.byName("assessor"),
        a.reference(),
        List.of(new ScoreInput(need, "5", "c"), new ScoreInput(outcomes, "5", "c")),
        null,
        true);
    assessments.score(
        actors.byName("assessor2"),
        a.reference(),
        List.of(new ScoreInput(need, "1", "c"), new ScoreInput(outcomes, "4", "c")),
        null,
        true);
    assessments.score(
        actors.byName("assessor"),
        b.reference(),
        List.of(new ScoreInput(need, "2", "c"), new ScoreInput(outcomes, "2", "c")),
        null,
        true);
    assessments.score(
        actors.byName("assessor2"),
        b.reference(),
        List.of(new ScoreInput(need, "2", "c"), new ScoreInput(outcomes, "3", "c")),
        null,
        true);
    var rows = assessments.moderation(r.publicId()).rows();
    assertThat(rows)
        .extracting(row -> row.application().reference())
        .containsExactly(a.reference(), b.reference());
    assertThat(rows.get(0).spreads().get(0).spread()).isEqualTo(4);
    assertThat(rows.get(0).hasOutlier()).isTrue();
    assertThat(rows.get(1).hasOutlier()).isFalse();
    // £8,000 fits the £12,000 budget; £8,000 + £7,000 does not.
    assertThat(rows).extracting(row -> row.fitsBudget()).containsExactly(true, false);
  }

  // ---- deciding and awarding ----------------------------------------------------------------

  @Test
  void theChainGoesInOrderWithADifferentPersonAtEachStepAndMakesTheAward() throws Exception {
    FundingStreamView s = stream(currentYear(), "50000", false);
    ProgrammeView p = programme("£10,000", 1, List.of(s.publicId()), officerThenPcc(), false);
    RoundView r = round(p, openNow(1, 1), "£100,000", currentYear());
    ApplicationView a = screenedIn(submitted(r, "£10,000"));

    assertThatThrownBy(() -> decide("approver", a, 1, "APPROVE", null))
        .hasMessageContaining("The chain goes in order: Officer recommends must decide first");
    assertThatThrownBy(() -> decide("approver", a, 0, "APPROVE", null))
        .hasMessageContaining("Officer recommends is decided by a officer");
    assertThatThrownBy(
            () ->
                decisions.decide(
                    officer(),
                    a.reference(),
                    new DecisionCommand(
                            decisions.chain(a.reference()).steps().get(0).step().id(),
                            "APPROVE",
                            null,
                            null,
                            " ")
                        .toCommand()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(pr -> pr.field()).containsExactly("reasons"));
    decisions.decide(
        officer(),
        a.reference(),
        new DecisionCommand(
                decisions.chain(a.reference()).steps().get(0).step().id(),
                "APPROVE_REDUCED",
                List.of("£9,000"),
                "Quarterly reports",
                "Strong bid; venue costs trimmed")
            .toCommand());

    // An officer who also held the approver role still could not approve their own recommendation.
    Actor both =
        new Actor("officer", "Olivia Officer", java.util.Set.of(Role.OFFICER, Role.APPROVER), null);
    assertThatThrownBy(
            () ->
                decisions.decide(
                    both,
                    a.reference(),
                    new DecisionCommand(
                            decisions.chain(a.reference()).steps().get(1).step().id(),
                            "APPROVE",
                            null,
                            null,
                            "ok")
                        .toCommand()))
        .hasMessageContaining("a different person must decide PCC approves");

    ChainView done = decide("approver", a, 1, "APPROVE", null);
    assertThat(done.complete()).isTrue();
    ApplicationView offered = applications.get(a.reference());
    assertThat(offered.status()).isEqualTo(ApplicationStatus.OFFERED);
    assertThat(offered.approvedAmount()).isEqualTo(Money.ofPounds(9_000));
    AwardView award = awards.get(offered.awardPublicId());
    assertThat(award.total()).isEqualTo(Money.ofPounds(9_000));
    assertThat(award.lines())
        .singleElement()
        .satisfies(l -> assertThat(l.streamPublicId()).isEqualTo(s.publicId()));

    MimeMessage offer = messageTo("sam@victimsupport.example", "Grant offer: " + a.reference());
    String letter = new String(offer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(letter)
        .contains(
            "Total: £9,000.00",
            "Quarterly reports",
            "STANDARD CONDITIONS OF GRANT",
            "Alex Approver");

    var record = decisions.record(a.reference());
    assertThat(record.decisions())
        .extracting(d -> d.stepName())
        .containsExactly("Officer recommends", "PCC approves");
    assertThat(record.decisions().get(0).reasons()).isEqualTo("Strong bid; venue costs trimmed");

    // Only the applicant's own organisation (or an officer recording it) answers the offer.
    assertThatThrownBy(() -> decisions.answerOffer(actors.byName("provider2"), a.reference(), true))
        .isInstanceOf(org.commissioninghub.shared.NotFoundException.class);
    decisions.answerOffer(provider(), a.reference(), true);
    assertThat(awards.get(award.publicId()).status().name()).isEqualTo("ACTIVE");
    assertThat(applications.get(a.reference()).status()).isEqualTo(ApplicationStatus.ACCEPTED);
  }

  @Test
  void aRejectionSendsFeedbackAndADeclinedOfferGivesTheMoneyBack() throws Exception {
    FundingStreamView s = stream(currentYear(), "20000", true);
    ProgrammeView p = programme("£10,000", 1, List.of(s.publicId()), officerThenPcc(), false);
    RoundView r = round(p, openNow(1, 1), "£100,000", currentYear());
    ApplicationView rejected = screenedIn(submitted(r, "£5,000"));
    decisions.decide(
        officer(),
        rejected.reference(),
        new DecisionCommand(
                decisions.chain(rejected.reference()).steps().get(0).step().id(),
                "REJECT",
                null,
                null,
                "The outcomes are not measurable")
            .toCommand());
    assertThat(applications.get(rejected.reference()).status())
        .isEqualTo(ApplicationStatus.REJECTED);
    String feedback =
        new String(
            messageTo(
                    "sam@victimsupport.example",
                    "Your application " + rejected.reference() + ": decision")
                .getInputStream()
                .readAllBytes(),
            StandardCharsets.UTF_8);
    assertThat(feedback).contains("has not been successful", "The outcomes are not measurable");

    ApplicationView declined = screenedIn(submitted(r, "£10,000"));
    decide("officer", declined, 0, "APPROVE", null);
    decide("approver", declined, 1, "APPROVE", null);
    assertThat(awards.allocatedFrom(s.id())).isEqualTo(Money.ofPounds(10_000));
    decisions.answerOffer(provider(), declined.reference(), false);
    assertThat(awards.allocatedFrom(s.id())).isEqualTo(Money.ZERO);
    assertThat(awards.get(applications.get(declined.reference()).awardPublicId()).status().name())
        .isEqualTo("ENDED");
  }

  @Test
  void aThresholdAddsThePccOnlyForLargerAwards() {
    List<ProgrammeCommand.Step> steps =
        List.of(
            new ProgrammeCommand.Step(1, "Officer recommends", "OFFICER", true, null, null),
            new ProgrammeCommand.Step(
                2, "Head of commissioning approves", "OFFICER", false, null, "£25,000"),
            new ProgrammeCommand.Step(2, "PCC approves", "APPROVER", false, "£25,000", null));
    ProgrammeView p =
        programme(
            "£35,000", 1, List.of(stream(currentYear(), "200000", false).publicId()), steps, false);
    RoundView r = round(p, openNow(1, 1), "£200,000", currentYear());
    ApplicationView big = screenedIn(submitted(r, "£30,000"));
    assertThat(decisions.chain(big.reference()).steps())
        .extracting(st -> st.step().name())
        .containsExactly("Officer recommends", "PCC approves");
    ApplicationView small = screenedIn(submitted(r, "£25,000"));
    assertThat(decisions.chain(small.reference()).steps())
        .extracting(st -> st.step().name())
        .containsExactly("Officer recommends", "Head of commissioning approves");
    // Recommending a reduced amount below the threshold takes the PCC out of the chain.
    ChainView reduced = decide("officer", big, 0, "APPROVE_REDUCED", List.of("£20,000"));
    assertThat(reduced.steps())
        .extracting(st -> st.step().name())
        .containsExactly("Officer recommends", "Head of commissioning approves");
    assertThat(reduced.total()).isEqualTo(Money.ofPounds(20_000));
  }

  @Test
  void theRoundsBudgetAndTheStreamsBalancesCannotBeExceeded() {
    String year = currentYear();
    FundingStreamView ringfenced = stream(year, "12000", true);
    ProgrammeView p =
        programme("£10,000", 1, List.of(ringfenced.publicId()), officerThenPcc(), false);
    RoundView r = round(p, openNow(1, 1), "£15,000", year);
    ApplicationView first = screenedIn(submitted(r, "£10,000"));
    ApplicationView second = screenedIn(submitted(r, "£6,000"));
    decide("officer", first, 0, "APPROVE", null);
    decide("approver", first, 1, "APPROVE", null);
    assertThatThrownBy(() -> decide("officer", second, 0, "APPROVE", null))
        .hasMessageContaining("over its budget of £15,000.00: £5,000.00 is left");
    assertThat(decisions.chain(second.reference()).history()).isEmpty();

    // Within the round's budget but beyond what the ring-fenced stream has left: refused, nothing
    // kept.
    decide("officer", second, 0, "APPROVE_REDUCED", List.of("£4,000"));
    long decisionsBefore = jdbc.sql("SELECT COUNT(*) FROM decision").query(Long.class).single();
    long awardsBefore = jdbc.sql("SELECT COUNT(*) FROM award").query(Long.class).single();
    assertThatThrownBy(() -> decide("approver", second, 1, "APPROVE", null))
        .hasMessageContaining("have £2,000.00 too little left to pay £4,000.00");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM decision").query(Long.class).single())
        .isEqualTo(decisionsBefore);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM award").query(Long.class).single())
        .isEqualTo(awardsBefore);
    assertThat(applications.get(second.reference()).status()).isEqualTo(ApplicationStatus.ELIGIBLE);
  }

  @Test
  void aThreeYearGrantIsThreeYearlyLinesSplitAcrossStreams() {
    String y1 = currentYear();
    var fy = org.commissioninghub.shared.FinancialYear.parse(y1);
    FundingStreamView a1 = stream(y1, "20000", false);
    FundingStreamView b1 = stream(y1, "50000", false);
    FundingStreamView a2 = stream(fy.next().toString(), "50000", false);
    FundingStreamView a3 = stream(fy.next().next().toString(), "50000", false);
    ProgrammeView p =
        programme(
            "£35,000",
            3,
            List.of(a1.publicId(), b1.publicId(), a2.publicId(), a3.publicId()),
            officerThenPcc(),
            false);
    RoundView r = round(p, openNow(1, 1), "£1,000,000", y1);
    ApplicationView vrf = screenedIn(submitted(r, "£35,000", "£35,000", "£32,000"));
    decide("officer", vrf, 0, "APPROVE", null);
    decide("approver", vrf, 1, "APPROVE", null);
    AwardView award = awards.get(applications.get(vrf.reference()).awardPublicId());
    assertThat(award.lines())
        .extracting(l -> l.year().toString() + " " + l.streamPublicId() + " " + l.amount().plain())
        .containsExactlyInAnyOrder(
            y1 + " " + a1.publicId() + " 20000.00",
            y1 + " " + b1.publicId() + " 15000.00",
            fy.next() + " " + a2.publicId() + " 35000.00",
            fy.next().next() + " " + a3.publicId() + " 32000.00");
    assertThat(award.endDate()).isEqualTo(fy.next().next().end());
  }

  // ---- Crime Reduction Grant ---------------------------------------------------------------

  @Test
  void aCspsGrantSplitsIntoPotsAndTheTacticalPotWaitsForTheUpfrontCases() {
    String year = currentYear();
    String csp =
        fixtures.organisation(Fixtures.unique("Dover Community Safety Partnership")).publicId();
    AllocationView allocation =
        crimeReduction.allocate(
            officer(),
            new AllocationRequest(
                    csp,
                    year,
                    "£39,661",
                    null,
                    openNow(24, 0).split("\\|")[0],
                    openNow(0, 24).split("\\|")[1],
                    openNow(24, 0).split("\\|")[0],
                    openNow(0, 24).split("\\|")[1])
                .toCommand());
    assertThat(allocation.split().upfront()).isEqualTo(Money.ofPounds(26_440));
    assertThat(allocation.split().tactical()).isEqualTo(Money.ofPounds(13_221));
    assertThat(allocation.upfrontRound().budget()).isEqualTo(Money.ofPounds(26_440));

    // A business case entered by the CSP lead for a partner (the CSP user belongs to KCSP, so the
    // officer enters it here for the new CSP's partner).
    Map<String, String> answers =
        Map.of("project", "ASB case review training", "lead-agency", "Dover District Council");
    ApplicationView caseA =
        applications.start(
            officer(),
            new NewApplication(
                    allocation.upfrontRound().publicId(),
                    "kent-county-council",
                    "ASB training",
                    Map.of())
                .toCommand());
    caseA =
        applications.save(
            officer(),
            caseA.reference(),
            caseA.version(),
            new ApplicationDraft(
                    null, "Training", "Kim", "kim@kent.example", List.of("£26,000"), answers)
                .toCommand(caseA.round().programme()));
    applications.submit(officer(), caseA.reference());
    assertThatThrownBy(
            () ->
                applications.start(
                    officer(),
                    new NewApplication(
                            allocation.tacticalRound().publicId(),
                            "kent-county-council",
                            "Tactical",
                            Map.of())
                        .toCommand()))
        .hasMessageContaining(
            "opens once every application to Upfront projects "
                + year
                + " is decided: 1 is still waiting");
    assertThat(crimeReduction.get(officer(), allocation.id()).tacticalOpen()).isFalse();
    ApplicationView b =
        applications.start(
            officer(),
            new NewApplication(
                    allocation.upfrontRound().publicId(), "kent-county-council", "More", Map.of())
                .toCommand());
    assertThat(b.reference()).startsWith("CRG-DCSP-");
    b =
        applications.save(
            officer(),
            b.reference(),
            b.version(),
            new ApplicationDraft(
                    null, "More", "Kim", "kim@kent.example", List.of("£1,000"), answers)
                .toCommand(b.round().programme()));
    applications.submit(officer(), b.reference());
    screenedIn(applications.get(caseA.reference()));
    screenedIn(applications.get(b.reference()));
    String refA = caseA.reference();
    ChainView chain = decisions.chain(refA);
    assertThat(chain.steps())
        .extracting(st -> st.step().name())
        .containsExactly(
            "Working group recommends",
            "Chair of DCSP approves",
            "Police and Crime Commissioner approves");
    // Officers cannot play the CSP's part: the working group and chair steps belong to the CSP.
    assertThatThrownBy(() -> decide("officer", applications.get(refA), 0, "APPROVE", null))
        .hasMessageContaining("is decided by a csp lead");
  }

  @Test
  void kcspBusinessCasesCanNeverExceedTheUpfrontPotAndUnderspendIsComputed() {
    String year = currentYear();
    // KCSP is the demo CSP, with the csp (working group) and cspchair users.
    String csp = "kent-community-safety-partnership";
    String[] now = openNow(24, 24).split("\\|");
    AllocationView allocation =
        crimeReduction.allocate(
            officer(),
            new AllocationRequest(csp, year, "£39,661", null, now[0], now[1], now[0], now[1])
                .toCommand());
    Actor lead = actors.byName("csp");
    Map<String, String> answers = Map.of("project", "Training", "lead-agency", "KCC");
    List<ApplicationView> cases = new ArrayList<>();
    for (String amount : List.of("£20,000", "£6,440", "£1")) {
      ApplicationView c =
          applications.start(
              lead,
              new NewApplication(
                      allocation.upfrontRound().publicId(),
                      "kent-county-council",
                      "Case " + amount,
                      Map.of())
                  .toCommand());
      c =
          applications.save(
              lead,
              c.reference(),
              c.version(),
              new ApplicationDraft(null, "S", "Kim", "kim@kent.example", List.of(amount), answers)
                  .toCommand(c.round().programme()));
      cases.add(
          assessments.screen(
              lead,
              applications.submit(lead, c.reference()).reference(),
              true,
              "Shortlisted by partners"));
    }
    for (ApplicationView c : cases.subList(0, 2)) {
      decide("csp", c, 0, "APPROVE", null);
      decide("cspchair", c, 1, "APPROVE", null);
      decide("approver", c, 2, "APPROVE", null);
    }
    assertThat(crimeReduction.get(lead, allocation.id()).upfrontLeft()).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> decide("csp", cases.get(2), 0, "APPROVE", null))
        .hasMessageContaining("over its budget of £26,440.00: £0.00 is left");
    decide("csp", cases.get(2), 0, "REJECT", null);
    assertThat(crimeReduction.get(lead, allocation.id()).tacticalOpen()).isTrue();
    // A provider of another organisation cannot see the allocation.
    assertThatThrownBy(() -> crimeReduction.get(provider(), allocation.id()))
        .isInstanceOf(org.commissioninghub.shared.NotFoundException.class);
    AllocationView closed = crimeReduction.close(lead, allocation.id());
    assertThat(closed.underspend()).isEqualTo(Money.ofPounds(13_221));
    assertThat(closed.approved().plus(closed.underspend())).isEqualTo(closed.split().total());
  }

  private MimeMessage messageTo(String address, String subject) throws Exception {
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (m.getSubject().equals(subject) && m.getAllRecipients()[0].toString().equals(address)) {
          return m;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("No email '" + subject + "' to " + address + " arrived");
  }

  static String local(LocalDateTime time) {
    return LOCAL.format(time);
  }
}
