package org.commissioninghub.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.commissioninghub.organisations.OrganisationType;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.Money;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

  private static final Programme VRF =
      new Programme(
          "the Violence Reduction Fund",
          Money.ofPounds(35_000),
          3,
          Set.of(
              OrganisationType.CHARITY,
              OrganisationType.CIC,
              OrganisationType.LOCAL_AUTHORITY,
              OrganisationType.POLICE,
              OrganisationType.UNINCORPORATED));

  private static final Programme SAFER_IN_KENT =
      new Programme("the Safer in Kent Fund", Money.ofPounds(10_000), 1, Set.of());

  @Test
  void acceptsTheSeedAwardsAsBids() {
    // seeds/003: every 2019/20 VRF award is within £35,000 a year; seeds/001: two £10,000 Safer in
    // Kent awards.
    for (long pounds : List.of(35_000L, 35_000L, 32_000L, 7_850L, 34_125L, 5_000L, 24_750L)) {
      assertThat(VRF.checkBid(OrganisationType.CHARITY, List.of(Money.ofPounds(pounds)))).isEmpty();
    }
    assertThat(SAFER_IN_KENT.checkBid(OrganisationType.CIC, List.of(Money.ofPounds(10_000))))
        .isEmpty();
    assertThat(
            VRF.checkBid(
                OrganisationType.CHARITY,
                List.of(Money.ofPounds(35_000), Money.ofPounds(35_000), Money.ofPounds(35_000))))
        .isEmpty();
  }

  @Test
  void refusesMoreThanTheMaximumInAnyYearNamingTheYear() {
    List<FieldProblem> problems =
        VRF.checkBid(
            OrganisationType.CHARITY, List.of(Money.ofPounds(35_000), Money.parse("£35,000.01")));
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("amounts[1]");
              assertThat(p.message())
                  .contains("Year 2")
                  .contains("£35,000.01")
                  .contains("£35,000.00");
            });
    assertThat(SAFER_IN_KENT.checkBid(OrganisationType.CHARITY, List.of(Money.parse("£10,000.01"))))
        .hasSize(1);
  }

  @Test
  void refusesMoreYearsThanTheProgrammeFunds() {
    List<Money> fourYears =
        List.of(Money.ofPounds(1), Money.ofPounds(1), Money.ofPounds(1), Money.ofPounds(1));
    assertThat(VRF.checkBid(OrganisationType.CHARITY, fourYears))
        .extracting(FieldProblem::field, FieldProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "amounts", "the Violence Reduction Fund funds at most 3 years, not 4"));
  }

  @Test
  void saysWhyAnApplicantIsNotEligible() {
    assertThat(VRF.checkBid(OrganisationType.COMPANY, List.of(Money.ofPounds(1_000))))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .startsWith(
                        "Not eligible because the Violence Reduction Fund is open only to"));
  }

  @Test
  void refusesEmptyAndZeroAmounts() {
    assertThat(SAFER_IN_KENT.checkBid(OrganisationType.CHARITY, List.of()))
        .extracting(FieldProblem::field)
        .containsExactly("amounts[0]");
    assertThat(SAFER_IN_KENT.checkBid(OrganisationType.CHARITY, List.of(Money.ZERO)))
        .extracting(FieldProblem::field)
        .containsExactly("amounts[0]");
  }

  @Test
  void aProgrammeNeedsAPositiveMaximumAndAtLeastOneYear() {
    assertThatThrownBy(() -> new Programme("x", Money.ZERO, 1, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Programme("x", Money.ofPounds(1), 0, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
