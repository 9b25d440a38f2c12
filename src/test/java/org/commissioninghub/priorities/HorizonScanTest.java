package org.commissioninghub.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Role;
import org.commissioninghub.support.DatabaseSnapshot;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The April 2025 CSA's horizon scan (seeds/002 Appendix C): carried on purpose, retired with why.
 */
@HubTest
class HorizonScanTest {

  private static final FinancialYear Y2025 = FinancialYear.parse("2025/26");

  @Autowired HorizonScan scan;
  @Autowired Actors actors;
  @Autowired Organisations organisations;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void theScanIsCarriedOnPurposeAndRetiredWithAReason() throws Exception {
    Map<Pestelo, List<HorizonItem>> year = scan.scan(Y2025);
    assertThat(year).hasSize(7);
    assertThat(year.get(Pestelo.POLITICAL)).hasSize(6);
    assertThat(year.get(Pestelo.LEGISLATION))
        .anyMatch(
            i ->
                i.title().equals("Crime and Policing Bill")
                    && "upcoming legislation".equals(i.note()));
    Actor lead = actors.byName("csp");
    HorizonItem elections =
        year.get(Pestelo.POLITICAL).stream()
            .filter(i -> i.title().equals("County Council elections in May 2025"))
            .findFirst()
            .orElseThrow();
    HorizonItem ai =
        year.get(Pestelo.TECHNOLOGICAL).stream()
            .filter(i -> i.title().contains("Artificial Intelligence"))
            .findFirst()
            .orElseThrow();
    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);
    assertThatThrownBy(() -> scan.retire(lead, elections.id(), " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Say why");
    Actor ashford =
        new Actor(
            "ashford",
            "Ashford lead",
            Set.of(Role.CSP_LEAD),
            organisations.get("ashford-csp").id());
    assertThatThrownBy(() -> scan.retire(ashford, elections.id(), "Held"))
        .isInstanceOf(NotFoundException.class);
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

    scan.retire(lead, elections.id(), "The elections were held in May 2025");
    assertThatThrownBy(
            () ->
                scan.carryForward(
                    lead,
                    new HorizonCarryRequest("2025/26", List.of(elections.id(), ai.id()))
                        .toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("was retired: it is not carried forward");
    assertThat(
            scan.carryForward(
                lead, new HorizonCarryRequest("2025/26", List.of(ai.id())).toCommand()))
        .isEqualTo(1);
    List<HorizonItem> next =
        scan.scan(FinancialYear.parse("2026/27")).values().stream().flatMap(List::stream).toList();
    assertThat(next).singleElement().extracting(HorizonItem::carriedFromId).isEqualTo(ai.id());
    assertThat(scan.get(elections.id()).retiredReason())
        .isEqualTo("The elections were held in May 2025");

    var response =
        mvc.perform(
                get("/priorities/horizon-scan?year=2025/26").with(user("csp").roles("CSP_LEAD")))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("Retired: The elections were held in May 2025", "Crime and Policing Bill");
  }
}
