package org.commissioninghub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.commissioninghub.crimereduction.CrimeReductionGrants;
import org.commissioninghub.crimereduction.CrimeReductionYear;
import org.commissioninghub.crimereduction.ProjectRequest;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.support.RequiresPostgres;
import org.commissioninghub.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The annual report's queries, its words' versions and the CRG project register on PostgreSQL, with
 * the demo loaded.
 */
@RequiresPostgres
@SpringBootTest(properties = "commissioning.demo.load-on-start=true")
class AnnualReportPostgresTest {

  private static final FinancialYear Y2024 = FinancialYear.parse("2024/25");

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = TestPostgres.freshDatabase("annualreport");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> TestPostgres.USER);
    registry.add("spring.datasource.password", () -> "");
  }

  @Autowired AnnualCommissioningReports reports;
  @Autowired ReportNarratives narratives;
  @Autowired CrimeReductionGrants grants;
  @Autowired Actors actors;

  @Test
  void theReportsFiguresWordsAndProjectsWorkOnPostgres() {
    AnnualCommissioningReport report = reports.of(Y2024);
    assertThat(report.additionalTotal().format()).isEqualTo("£3,071,399.31");
    assertThat(report.additional()).hasSize(4);
    assertThat(report.victimAwards().grandTotal().format()).isEqualTo("£3,950,840.82");
    assertThat(report.victimServices().value("SUPPORTED")).isEqualTo(83_889);
    assertThat(report.victimContracts())
        .extracting(e -> e.contract().publicId())
        .contains("kent-advocacy-and-support-service", "isva-and-sv-support-service");
    assertThat(report.words(AnnualReportSection.LEARNING)).isNotNull();

    CrimeReductionYear crg = report.crimeReduction();
    assertThat(crg.partnerships()).isEqualTo(14);
    assertThat(crg.allocatedToPartnerships().format()).isEqualTo("£558,385.00");
    assertThat(crg.allocatedToThirdParties().format()).isEqualTo("£768,522.00");
    assertThat(crg.partnershipProjects()).hasSize(121);
    assertThat(crg.thirdPartyProjects()).hasSize(13);
    assertThat(report.alignment("CSP projects").get(0).percentOfProjects()).isEqualTo(24);
    assertThat(report.alignment("Third parties' projects").get(0).percentOfValue()).isEqualTo(41);

    var officer = actors.byName("officer");
    narratives.save(officer, Y2024, AnnualReportSection.LEARNING, 1, "New words.");
    assertThatThrownBy(
            () -> narratives.save(officer, Y2024, AnnualReportSection.LEARNING, 1, "Stale."))
        .isInstanceOf(ConflictException.class);
    assertThat(narratives.history(Y2024, AnnualReportSection.LEARNING)).hasSize(2);

    assertThatThrownBy(
            () ->
                grants.recordProject(
                    officer,
                    new ProjectRequest(
                            "2024/25",
                            "medway-csp",
                            "medway-csp",
                            "One more",
                            "£1",
                            CrimeReductionGrants.PLAN_PRIORITIES.get(0),
                            "ASB",
                            false)
                        .toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("more than its allocation");
    assertThat(grants.projects(Y2024)).hasSize(134);
  }
}
