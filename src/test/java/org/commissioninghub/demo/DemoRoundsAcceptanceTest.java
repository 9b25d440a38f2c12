package org.commissioninghub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commissioninghub.applications.ApplicationStatus;
import org.commissioninghub.applications.ApplicationView;
import org.commissioninghub.applications.Applications;
import org.commissioninghub.audit.DataQualityNotes;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.crimereduction.AllocationView;
import org.commissioninghub.crimereduction.CrimeReductionGrants;
import org.commissioninghub.decisions.Continuations;
import org.commissioninghub.decisions.Decisions;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.programmes.Programmes;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.support.DemoFiguresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seeds' grant rounds, reproduced through the grant-round services on the demo data (issue 4):
 * seeds/001 Safer in Kent Fund round 2, seeds/003 Violence Reduction Fund 2019/20, seeds/004 KCSP
 * Crime Reduction Grant 2024/25, and seeds/000 2024/25 continuations.
 */
@DemoFiguresTest
class DemoRoundsAcceptanceTest {

  @Autowired Programmes programmes;
  @Autowired Applications applications;
  @Autowired Decisions decisions;
  @Autowired Awards awards;
  @Autowired Continuations continuations;
  @Autowired CrimeReductionGrants crimeReduction;
  @Autowired DataQualityNotes notes;
  @Autowired Actors actors;

  private List<ApplicationView> inRound(String round) {
    return applications.inRound(programmes.round(round).id());
  }

  @Test
  void saferInKentFundRoundTwoMadeTwoTenThousandPoundAwards() {
    List<ApplicationView> apps = inRound("safer-in-kent-fund-round-2");
    assertThat(apps)
        .extracting(ApplicationView::organisationName, a -> a.approvedAmount().format())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Gravesham Network Development CIC", "£10,000.00"),
            org.assertj.core.groups.Tuple.tuple("Reform Restore Respect", "£10,000.00"));
    AwardView gravesham = awards.get(apps.get(0).awardPublicId());
    assertThat(gravesham.lines())
        .singleElement()
        .satisfies(l -> assertThat(l.year()).isEqualTo(FinancialYear.parse("2018/19")));
    var record = decisions.record(apps.get(0).reference());
    assertThat(record.decisions())
        .extracting(d -> d.decidedAt().toLocalDate().toString())
        .hasSize(2)
        .allSatisfy(d -> assertThat(d).isIn("2018-11-09", "2018-11-14"));
    assertThat(programmes.programme("safer-in-kent-fund").criteria())
        .extracting(c -> c.name())
        .containsExactly(
            "The Safer in Kent Plan", "Need for the project", "Outcomes", "Sustainability");
  }

  @Test
  void violenceReductionFundHasItsSevenRecipientsAllWithinTheCap() {
    List<ApplicationView> apps = inRound("violence-reduction-fund-2019-20");
    assertThat(apps)
        .hasSize(7)
        .allSatisfy(
            a -> {
              assertThat(a.status()).isEqualTo(ApplicationStatus.ACCEPTED);
              assertThat(a.approvedAmount().isGreaterThan(Money.ofPounds(35_000))).isFalse();
            });
    assertThat(apps.stream().map(ApplicationView::approvedAmount).reduce(Money.ZERO, Money::plus))
        .isEqualTo(Money.parse("£173,725.00"));
  }

  @Test
  void kcspSplitsItsGrantAndHasSevenRecommendedCasesAwaitingTheChairAndThePcc() {
    Actor csp = actors.byName("csp");
    AllocationView kcsp = crimeReduction.list(csp).get(0);
    assertThat(kcsp.split().total()).isEqualTo(Money.ofPounds(39_661));
    assertThat(kcsp.split().upfront()).isEqualTo(Money.ofPounds(26_440));
    assertThat(kcsp.split().tactical()).isEqualTo(Money.ofPounds(13_221));
    List<ApplicationView> cases = applications.inRound(kcsp.upfrontRound().id());
    assertThat(cases).hasSize(7);
    assertThat(cases.stream().map(ApplicationView::total).reduce(Money.ZERO, Money::plus))
        .isEqualTo(Money.parse("£26,278"));
    assertThat(kcsp.undecidedUpfront()).isEqualTo(7);
    assertThat(kcsp.tacticalOpen()).isFalse();
    for (ApplicationView c : cases) {
      var chain = decisions.chain(c.reference());
      assertThat(chain.steps().get(0).approved()).isTrue();
      assertThat(chain.next())
          .extracting(s -> s.step().name())
          .containsExactlyInAnyOrder(
              "Chair of KCSP approves", "Police and Crime Commissioner approves");
    }
    ApplicationView asb =
        cases.stream()
            .filter(c -> c.title().startsWith("Delivery of expert level training"))
            .findFirst()
            .orElseThrow();
    assertThat(asb.total()).isEqualTo(Money.ofPounds(6_000));
    assertThat(notes.about("application", asb.reference()))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.readValue()).isEqualTo("£6,00");
              assertThat(n.assumedValue()).isEqualTo("£6000.00");
              assertThat(n.note()).contains("Refused as printed");
            });
  }

  @Test
  void the2024To25MojAwardsAreAcceptedContinuationsOf2023To24() {
    Actor officer = actors.byName("officer");
    var all = continuations.list(officer);
    assertThat(all)
        .hasSize(23)
        .allSatisfy(
            c -> {
              assertThat(c.accepted()).isTrue();
              assertThat(c.year()).isEqualTo(FinancialYear.parse("2024/25"));
              assertThat(awards.get(c.successorAward()).predecessorPublicId())
                  .isEqualTo(c.predecessorAward());
            });
    Map<String, Money> byAward =
        all.stream().collect(Collectors.toMap(c -> c.successorAward(), c -> c.total()));
    assertThat(byAward.get("sateda-2024-25")).isEqualTo(awards.get("sateda-2024-25").total());
    assertThat(awards.get("aafda-2023-24").lines()).isEmpty();
  }
}
