package org.commissioninghub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commissioninghub.shared.DeliveryRecords;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.support.PostgresHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The monitoring schema and queries on PostgreSQL, with the demo's 2024/25 returns loaded. */
@PostgresHubTest
class MonitoringPostgresTest {

  @Autowired MonitoringAggregates aggregates;
  @Autowired DeliveryRecords delivery;
  @Autowired ReturnTemplates templates;
  @Autowired MonitoringReturns monitoring;

  @Test
  void theYearsFiguresDeliveryRecordsAndTemplatesWorkOnPostgres() {
    YearAggregates year = aggregates.of(FinancialYear.parse("2024/25"));
    GroupFigures victims = year.allVictimServices();
    assertThat(
            List.of(
                victims.value("REFERRALS"),
                victims.value("SUPPORTED"),
                victims.value("REPORTED_BEFORE"),
                victims.value("EMPOWERED_AFTER"),
                victims.value("OUTCOME_COPE")))
        .containsExactly(89_498L, 83_889L, 80_927L, 1_605L, 5_368L);
    assertThat(
            year.group(AggregateScope.SPECIALISM, "Specialist domestic abuse").value("SUPPORTED"))
        .isEqualTo(5_856);
    assertThat(delivery.forAward("kooth-2024-25"))
        .extracting(DeliveryRecords.QuarterDelivery::onTime)
        .containsExactly(true, false, true, true);
    ReturnTemplate t =
        templates.create(
            "officer",
            new TemplateCommand("Postgres return", "victim-services", List.of("DT_SCORED")));
    templates.chooseForProgramme(
        "officer", ProgrammeTemplateChoice.of("Crime reduction and prevention grants", t.code()));
    assertThat(monitoring.issueFor("officer", "kcjb-manager-2024-25", null))
        .allMatch(r -> r.templateCode().equals(t.code()));
  }
}
