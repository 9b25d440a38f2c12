package org.commissioninghub.crimereduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.junit.jupiter.api.Test;

/** Shares of projects by theme, by number and by value, with their denominators. */
class CrimeReductionYearTest {

  private static final FinancialYear Y = FinancialYear.parse("2024/25");

  @Test
  void sharesAreCountedWithTheirDenominatorsLargestFirst() {
    List<ProjectView> projects = new ArrayList<>();
    // 29 of 121 partnership projects is 23.97%, which the report prints as 24%.
    for (int i = 0; i < 121; i++) {
      projects.add(
          project("Ashford CSP", i < 29 ? "Residents" : i < 51 ? "Young people" : "Other", 100));
    }
    projects.add(project(null, "Young people", 315_094));
    projects.add(project(null, "Residents", 453_428));
    CrimeReductionYear year =
        new CrimeReductionYear(Y, 14, Money.ofPounds(558_385), Money.ofPounds(768_522), projects);

    List<CrimeReductionYear.Share> csp = year.partnershipThemes();
    assertThat(csp)
        .extracting(CrimeReductionYear.Share::label)
        .containsExactly("Other", "Residents", "Young people");
    CrimeReductionYear.Share residents = csp.get(1);
    assertThat(residents.projects()).isEqualTo(29);
    assertThat(residents.ofProjects()).isEqualTo(121);
    assertThat(residents.percentOfProjects()).isEqualTo(24);
    assertThat(csp.get(2).percentOfProjects()).isEqualTo(18);

    List<CrimeReductionYear.Share> third = year.thirdPartyThemes();
    // By number, one project of two each; by value, 41% and 59% of £768,522.
    assertThat(third).allMatch(s -> s.percentOfProjects() == 50);
    assertThat(third.get(0).label()).isEqualTo("Residents");
    assertThat(third.get(1).percentOfValue()).isEqualTo(41);
    assertThat(third.get(1).ofValue().format()).isEqualTo("£768,522.00");
    assertThat(year.thirdPartyProjects()).hasSize(2);
    assertThat(year.allocated().format()).isEqualTo("£1,326,907.00");
  }

  @Test
  void noProjectsGiveNoSharesRatherThanDividingByZero() {
    CrimeReductionYear year = new CrimeReductionYear(Y, 0, Money.ZERO, Money.ZERO, List.of());
    assertThat(year.partnershipThemes()).isEmpty();
    assertThat(new CrimeReductionYear.Share("x", 0, 0, Money.ZERO, Money.ZERO).percentOfValue())
        .isZero();
  }

  private static ProjectView project(String csp, String theme, long pounds) {
    return new ProjectView(
        1, Y, csp, "Org", "Project", Money.ofPounds(pounds), "A plan priority", theme, true);
  }
}
