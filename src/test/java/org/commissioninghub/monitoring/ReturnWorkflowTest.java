package org.commissioninghub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.monitoring.ReturnCommands.CaseStudyRequest;
import org.commissioninghub.monitoring.ReturnCommands.FiguresRequest;
import org.commissioninghub.monitoring.ReturnCommands.Review;
import org.commissioninghub.monitoring.ReturnCommands.ReviewRequest;
import org.commissioninghub.payments.HoldRequest;
import org.commissioninghub.payments.Payments;
import org.commissioninghub.payments.ScheduledPaymentView;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.support.DatabaseSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A return from draft to accepted: bad numbers save nothing, the checks stop certification, a
 * second person certifies, the commissioner sends it back with comments and then accepts the
 * resubmission, every version is kept, and the payment held for the quarter is released.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:returnworkflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=true"
    })
class ReturnWorkflowTest {

  private static final FinancialYear Y2024 = FinancialYear.parse("2024/25");

  @Autowired MonitoringReturns monitoring;
  @Autowired ReturnWorkflow workflow;
  @Autowired Payments payments;
  @Autowired Actors actors;
  @Autowired JdbcClient jdbc;

  private void save(
      Actor actor, long id, int version, Map<String, String> typed, String narrative) {
    workflow.save(
        actor,
        id,
        version,
        new FiguresRequest(typed, narrative).toCommand(workflow.templateOf(id)));
  }

  private void addCaseStudy(
      Actor actor, long id, String theme, String story, boolean consent, boolean confirmed) {
    workflow.addCaseStudy(
        actor, id, new CaseStudyRequest(theme, story, consent, confirmed).toCommand());
  }

  private static Map<String, String> figures(String... pairs) {
    Map<String, String> typed = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      typed.put(pairs[i], pairs[i + 1]);
    }
    return typed;
  }

  @Test
  void aCaseStudyThatLooksIdentifyingIsRefusedUnlessConfirmedAndNeedsConsent() {
    Actor provider = actors.byName("provider");
    long id =
        monitoring.issueFor("officer", "victim-support-2024-25", null).stream()
            .filter(r -> r.period().quarter() == 3)
            .findFirst()
            .orElseThrow()
            .id();
    var before = DatabaseSnapshot.of(jdbc);
    assertThatThrownBy(
            () ->
                addCaseStudy(
                    provider,
                    id,
                    "Coping after a burglary",
                    "Mrs Patel felt safe again.",
                    true,
                    false))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::message)
                    .contains(
                        org.assertj.core.groups.Tuple.tuple(
                            "story", "It may give a name: \"Mrs Patel\"")));
    assertThatThrownBy(
            () -> addCaseStudy(provider, id, "Coping", "Client A felt safe.", false, false))
        .hasMessageContaining("agreed to share");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

    addCaseStudy(provider, id, "Coping after a burglary", "Client A felt safe.", true, false);
    // "Patel" here is the street's name, checked by the provider: kept, with the warning shown.
    addCaseStudy(
        provider,
        id,
        "Moving home",
        "Client B moved away from Mrs Patel's old street.",
        true,
        true);
    assertThat(workflow.caseStudies(id))
        .extracting(CaseStudy::theme, CaseStudy::warnings)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Coping after a burglary", null),
            org.assertj.core.groups.Tuple.tuple(
                "Moving home", "It may give a name: \"Mrs Patel\""));
  }

  @Test
  void aPaymentInAdvanceWaitsForThePreviousQuartersReturn() {
    // The demo holds Kent Crimestoppers' second-quarter grant, paid in advance, for the Q1 return.
    ScheduledPaymentView held =
        payments
            .schedules("kent-crimestoppers-2024-25", ScheduledPaymentView.Status.HELD, Y2024)
            .stream()
            .findFirst()
            .orElseThrow();
    assertThat(held.quarter()).isEqualTo(2);
    assertThat(payments.releaseForAcceptedReturn("kent-crimestoppers-2024-25", Y2024, 2, "officer"))
        .isEmpty();
    assertThat(payments.releaseForAcceptedReturn("kent-crimestoppers-2024-25", Y2024, 1, "officer"))
        .extracting(ScheduledPaymentView::id)
        .containsExactly(held.id());
    assertThat(payments.scheduled(held.id()).status()).isEqualTo(ScheduledPaymentView.Status.DUE);
  }

  @Test
  void aReturnIsCheckedCertifiedSentBackResubmittedAndAcceptedReleasingTheHeldPayment() {
    Actor provider = actors.byName("provider");
    Actor certifier = actors.byName("certifier");
    Actor officer = actors.byName("officer");
    long id =
        monitoring.issueFor("officer", "victim-support-2024-25", null).stream()
            .filter(r -> r.period().quarter() == 2)
            .findFirst()
            .orElseThrow()
            .id();
    ScheduledPaymentView q2 =
        payments.schedules(null, ScheduledPaymentView.Status.DUE, Y2024).stream()
            .filter(s -> s.awardPublicId().equals("victim-support-2024-25") && s.quarter() == 2)
            .findFirst()
            .orElseThrow();
    payments.hold(
        actors.byName("finance"),
        q2.id(),
        new HoldRequest("Until the Q2 return is accepted", "monitoring return 2024/25 Q2 accepted")
            .toCommand());

    // A number that is not a whole number saves nothing.
    var before = DatabaseSnapshot.of(jdbc);
    assertThatThrownBy(
            () -> save(provider, id, 0, figures("REFERRALS", "12,34", "SUPPORTED", "-3"), null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("values.REFERRALS", "values.SUPPORTED"))
        .hasMessageContaining("Referrals received: enter a whole number");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

    // Saved as a draft, but impossible figures stop certification, each named.
    save(
        provider,
        id,
        0,
        figures(
            "REFERRALS",
            "300",
            "OPEN_CASES",
            "100",
            "SUPPORTED",
            "500",
            "OUTCOMES_ASKED",
            "40",
            "OUTCOME_COPE",
            "45",
            "AGE_UNDER_18",
            "300",
            "AGE_18_24",
            "300"),
        "A busy quarter");
    assertThat(workflow.problems(id))
        .extracting(FieldProblem::message)
        .containsExactlyInAnyOrder(
            "Individuals supported (500) cannot be more than the referrals received (300) plus the open cases (100)",
            "Better able to cope and recover (45) cannot be more than people whose outcomes were asked at the end of support (40)",
            "Age: the figures add up to 600, more than individuals supported (500)");
    assertThatThrownBy(() -> workflow.certify(certifier, id))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Individuals supported (500)");

    save(
        provider,
        id,
        workflow.version(id),
        figures(
            "REFERRALS", "1,000", "SUPPORTED", "800", "OUTCOMES_ASKED", "40", "OUTCOME_COPE", "35"),
        "A busy quarter");
    assertThat(workflow.problems(id)).isEmpty();
    // The person who filled it in, and anyone outside the organisation, cannot certify it.
    assertThatThrownBy(() -> workflow.certify(provider, id))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("someone else at Victim Support must certify it");
    assertThatThrownBy(() -> workflow.certify(officer, id))
        .hasMessageContaining("Only someone at Victim Support can certify");
    workflow.certify(certifier, id);
    assertThat(workflow.get(officer, id).status()).isEqualTo(ReturnStatus.CERTIFIED);
    assertThatThrownBy(() -> save(provider, id, workflow.version(id), figures(), null))
        .hasMessageContaining("cannot be changed");

    // Sent back: a comment is needed; then the provider corrects and certifies again.
    assertThatThrownBy(
            () -> workflow.review(officer, id, new ReviewRequest("SEND_BACK", " ").toCommand()))
        .hasMessageContaining("Say what the provider must put right");
    workflow.review(
        officer,
        id,
        new ReviewRequest("SEND_BACK", "Referrals look high: please check the police figure")
            .toCommand());
    assertThat(workflow.get(provider, id).status()).isEqualTo(ReturnStatus.SENT_BACK);
    assertThat(payments.scheduled(q2.id()).status()).isEqualTo(ScheduledPaymentView.Status.HELD);
    save(
        provider,
        id,
        workflow.version(id),
        figures(
            "REFERRALS", "900", "SUPPORTED", "800", "OUTCOMES_ASKED", "40", "OUTCOME_COPE", "35"),
        "Corrected the police referrals");
    workflow.certify(certifier, id);
    workflow.review(officer, id, Review.accepted());
    assertThat(workflow.get(officer, id).status()).isEqualTo(ReturnStatus.ACCEPTED);
    assertThat(payments.scheduled(q2.id()).status()).isEqualTo(ScheduledPaymentView.Status.DUE);

    // The next quarter's figures are compared with this accepted one.
    long q3 =
        monitoring.returnsFor("victim-support-2024-25").stream()
            .filter(r -> r.period().quarter() == 3)
            .findFirst()
            .orElseThrow()
            .id();
    save(
        provider,
        q3,
        workflow.version(q3),
        figures("REFERRALS", "2,000", "SUPPORTED", "850"),
        null);
    assertThat(workflow.anomalies(officer, q3))
        .containsExactly(
            "Referrals received changed from 900 to 2,000 (+122%) since 2024/25 Q2 (July to September 2024)");

    // Both certified versions are kept as they were.
    assertThat(workflow.submissions(id))
        .extracting(s -> s.number() + " " + s.values().get("REFERRALS") + " " + s.outcome())
        .containsExactly("1 1000 SENT_BACK", "2 900 ACCEPTED");
    // Another organisation's user cannot see it at all.
    assertThatThrownBy(() -> workflow.get(actors.byName("provider2"), id))
        .isInstanceOf(NotFoundException.class);
  }
}
