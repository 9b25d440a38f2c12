package org.commissioninghub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.commissioninghub.monitoring.AggregateScope;
import org.commissioninghub.monitoring.GroupFigures;
import org.commissioninghub.monitoring.MonitoringAggregates;
import org.commissioninghub.monitoring.YearAggregates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.support.DemoFiguresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 6's acceptance: the demo's 2024/25 returns, added up by the product, give the annual
 * report's figures (seeds/000 §1 and §2.1), transcribed here from the seed, not from the demo
 * files.
 */
@DemoFiguresTest
class MonitoringSeedFiguresTest {

  @Autowired MonitoringAggregates aggregates;
  @Autowired MockMvc mvc;

  private YearAggregates year;

  @BeforeEach
  void addUp() {
    year = aggregates.of(FinancialYear.parse("2024/25"));
  }

  @Test
  void allVictimServicesGiveTheReportsTotals() {
    GroupFigures all = year.allVictimServices();
    assertThat(all.value("REFERRALS")).isEqualTo(89_498);
    assertThat(all.value("SUPPORTED")).isEqualTo(83_889);
    assertThat(all.value("REPORTED_BEFORE")).isEqualTo(80_927);
    assertThat(all.value("EMPOWERED_AFTER")).isEqualTo(1_605);
    assertThat(all.value("OUTCOME_COPE")).isEqualTo(5_368);
    // Every owed 2024/25 return of the demo is accepted, so nothing is left out of the totals.
    assertThat(year.returnsAccepted()).isEqualTo(year.returnsIssued()).isPositive();
    assertThat(year.countedTwice()).isEmpty();
  }

  @Test
  void theSpecialistServicesAndTheirCounts() {
    GroupFigures da = year.group(AggregateScope.SPECIALISM, "Specialist domestic abuse");
    assertThat(da.serviceCount()).isEqualTo(17);
    assertThat(da.value("SUPPORTED")).isEqualTo(5_856);
    GroupFigures sv = year.group(AggregateScope.SPECIALISM, "Specialist sexual violence");
    assertThat(sv.serviceCount()).isEqualTo(2);
    assertThat(sv.value("SUPPORTED")).isEqualTo(2_388);
  }

  @Test
  void eachNamedServiceGivesItsOwnFigures() {
    GroupFigures ekrcc = service("East Kent Rape Crisis");
    assertThat(
            List.of(
                ekrcc.value("SUPPORTED"),
                ekrcc.value("REPORTED_BEFORE"),
                ekrcc.value("EMPOWERED_AFTER")))
        .containsExactly(1_116L, 357L, 205L);
    GroupFigures kass = service("Kent Advocacy and Support Service (Victim Support)");
    assertThat(kass.value("REFERRALS")).isEqualTo(78_086);
    assertThat(kass.value("REFERRALS_STALKING")).isEqualTo(390);
    // "an average of 6,507 referrals a month"
    assertThat(kass.value("REFERRALS") / 12).isEqualTo(6_507);
    GroupFigures rj = service("Kent Restorative Justice and Mediation Service");
    assertThat(
            List.of(
                rj.value("REFERRALS"),
                rj.value("REFERRALS_RJ"),
                rj.value("REFERRALS_APVC"),
                rj.value("REFERRALS_MEDIATION")))
        .containsExactly(428L, 170L, 230L, 28L);
    GroupFigures gangs = service("Gangs and County Lines");
    assertThat(List.of(gangs.value("REFERRALS"), gangs.value("SUPPORTED")))
        .containsExactly(193L, 200L);
    assertThat(service("Dandelion Time").value("OUTCOME_COPE")).isEqualTo(48);
    assertThat(service("Rubicon").value("OUTCOME_COPE")).isEqualTo(167);
    GroupFigures oasis = service("IDVAs for MIDAS");
    assertThat(
            List.of(
                oasis.value("SUPPORTED"),
                oasis.value("REPORTED_BEFORE"),
                oasis.value("EMPOWERED_AFTER")))
        .containsExactly(238L, 76L, 129L);
  }

  @Test
  void thePageAndTheCsvShowTheFiguresAndTheDataQualityNotes() throws Exception {
    String html = text("/monitoring/aggregates?year=2024/25");
    assertThat(html)
        .contains("89,498", "83,889", "80,927", "1,605", "5,368", "5,856", "2,388")
        .contains("Data-quality notes", "207 individuals", "289 one party conversation")
        .contains("Distance travelled", "Referrals by district", "Medway");
    String csv = text("/monitoring/aggregates.csv?year=2024/25");
    List<String> lines = Arrays.asList(csv.split("\r?\n"));
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith("2024/25,All victim services,All victim services,26,REFERRALS,")
                    && l.contains(",89498,"))
        .anyMatch(
            l ->
                l.contains(",SUPPORTED,")
                    && l.contains("Specialist domestic abuse,17,")
                    && l.contains(",5856,"));
    // Small numbers are never published: Family Matters' 2 empowered after support.
    assertThat(lines)
        .filteredOn(l -> l.contains("Family Matters") && l.contains(",EMPOWERED_AFTER,"))
        .isNotEmpty()
        .allMatch(l -> l.contains("fewer than 5") && !l.contains(",2,"));
  }

  @Test
  void continuationAndExtensionDecisionsShowHowTheServiceReported() throws Exception {
    // Qwell's second-quarter return came in after its due date (demo).
    String continuation = text("/continuations/new?award=kooth-2024-25&year=2025/26");
    assertThat(continuation)
        .contains("How the service has reported")
        .contains("4 of 4 returns accepted, 3 received on time")
        .contains("Late", "On time", "2024/25 Q2 (July to September 2024)");
    assertThat(text("/contracts/kent-rj-and-mediation-service"))
        .contains("4 of 4 returns accepted, 4 received on time");
    // The ISVA contract is monitored through the award that funds it.
    assertThat(text("/contracts/isva-and-sv-support-service/extensions/new"))
        .contains("4 of 4 returns accepted, 4 received on time");
    assertThat(text("/contracts/appropriate-adult-service"))
        .contains("No monitoring returns issued");
  }

  private GroupFigures service(String namePart) {
    return year.of(AggregateScope.SERVICE).stream()
        .filter(g -> g.name().contains(namePart))
        .reduce(
            (a, b) -> {
              throw new AssertionError("more than one service matches " + namePart);
            })
        .orElseThrow(() -> new AssertionError("no service matches " + namePart));
  }

  private String text(String path) throws Exception {
    return mvc.perform(get(path).with(user("officer").roles("OFFICER")))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
