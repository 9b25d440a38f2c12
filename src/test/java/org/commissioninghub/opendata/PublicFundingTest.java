package org.commissioninghub.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.commissioninghub.awards.AwardLineRequest;
import org.commissioninghub.awards.AwardRequest;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.awards.DeliveryArea;
import org.commissioninghub.organisations.OrganisationCommand;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public funding page without signing in: filters by year, stream, programme and text; the
 * totals are computed from the lines (the 2024/25 core grant column is the seed's £2,113,627.51);
 * the CSV holds the same lines; an individual is never named.
 */
@HubTest
class PublicFundingTest {

  @Autowired MockMvc mvc;
  @Autowired Organisations organisations;
  @Autowired Awards awards;

  @Test
  void filtersTotalsChartsAndTheDownloadAgree() throws Exception {
    String core = "Victim Services Core Grant";
    String page = text("/open-data/funding?year=2024/25&stream=" + core);
    assertThat(page).contains("£2,113,627.51", "stream-chart", "Funding by stream");
    String csv = text("/open-data/funding.csv?year=2024/25&stream=" + core);
    List<String> rows = csv.lines().toList();
    assertThat(rows.get(0))
        .isEqualTo(
            "Financial year,Recipient,Award,Title,Programme,Funding stream,Delivered in,Amount");
    assertThat(rows.get(rows.size() - 1)).isEqualTo("Total,,,,,,,2113627.51");
    assertThat(rows.subList(1, rows.size() - 1))
        .hasSize(12)
        .allMatch(r -> r.startsWith("2024/25,") && r.contains("," + core + ","));
    assertThat(page)
        .contains(
            "href=\"/open-data/funding.csv?year=2024/25&amp;stream=Victim%20Services%20Core%20Grant\"");

    String rubicon = text("/open-data/funding.csv?q=RUBICON");
    assertThat(rubicon.lines().skip(1).filter(r -> !r.startsWith("Total")))
        .isNotEmpty()
        .allMatch(r -> r.contains("Rubicon Cares"));
    assertThat(text("/open-data/funding?year=next%20year"))
        .contains("is not a financial year like 2024/25: showing every year");
  }

  @Test
  void fundingIsFilteredAndChartedByTheDistrictWhereItIsDelivered() throws Exception {
    // Swale: New Leaf Support's IDVAs (£40,663.29) and the Sittingbourne and Sheerness Safer
    // Streets area (£110,929); both are 2024/25 lines of services delivered there.
    List<String> swale =
        text("/open-data/funding.csv?year=2024/25&district=Swale").lines().toList();
    assertThat(swale.subList(1, swale.size() - 1)).hasSize(2).allMatch(r -> r.contains(",Swale,"));
    assertThat(swale.get(swale.size() - 1)).isEqualTo("Total,,,,,,,151592.29");
    String page = text("/open-data/funding?year=2024/25&district=Swale");
    assertThat(page).contains("district-chart", "Funding by district where delivered");
    assertThat(page).contains("href=\"/open-data/funding.csv?year=2024/25&amp;district=Swale\"");
    // West Kent's support to court is delivered in three districts and counted in each.
    String all = text("/open-data/funding?year=2024/25");
    assertThat(all).contains("Sevenoaks, Tonbridge and Malling, Tunbridge Wells");
    List<String> countywide =
        text("/open-data/funding.csv?year=2024/25&district=" + "Kent and Medway (countywide)")
            .lines()
            .toList();
    assertThat(countywide.subList(1, countywide.size() - 1))
        .isNotEmpty()
        .allMatch(r -> r.contains(",Kent and Medway (countywide),"));
  }

  @Test
  void anUnknownDistrictIsRefusedByNameAndChangesNothing() {
    assertThat(awards.areasOf("oasis-2024-25")).containsExactly(DeliveryArea.MEDWAY);
    assertThatThrownBy(
            () -> awards.setAreas("officer", "oasis-2024-25", List.of("Swale", "Narnia")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("\"Narnia\" is not a district of Kent and Medway");
    assertThat(awards.areasOf("oasis-2024-25")).containsExactly(DeliveryArea.MEDWAY);
    // Names, labels and ONS codes are all understood; repeats are kept once.
    assertThat(awards.setAreas("officer", "oasis-2024-25", List.of("E06000035", "medway", "Swale")))
        .containsExactly(DeliveryArea.MEDWAY, DeliveryArea.SWALE);
    assertThat(awards.setAreas("officer", "oasis-2024-25", List.of("Medway")))
        .containsExactly(DeliveryArea.MEDWAY);
  }

  @Test
  void anIndividualIsNeverNamed() throws Exception {
    organisations.create(
        new OrganisationCommand(
                "jo-bloggs-sole-trader",
                "Jo Bloggs",
                "INDIVIDUAL",
                Set.of("PROVIDER"),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of())
            .toCommand(),
        false);
    awards.create(
        new AwardRequest(
                "jo-bloggs-2024-25",
                "jo-bloggs-sole-trader",
                "GRANT",
                "Mentoring sessions",
                null,
                "Crime reduction and prevention grants",
                "ACTIVE",
                null,
                "2024-04-01",
                "2025-03-31",
                null,
                List.of(
                    new AwardLineRequest(
                        "pcc-commissioning-budget-2024-25", "2024/25", "", "1500.00", null)))
            .toCommand());
    String csv = text("/open-data/funding.csv?year=2024/25");
    assertThat(csv)
        .doesNotContain("Jo Bloggs")
        .contains(PublicFunding.WITHHELD + ",jo-bloggs-2024-25,Grant to an individual");
    assertThat(text("/open-data/funding?year=2024/25"))
        .doesNotContain("Jo Bloggs", "Mentoring sessions");
  }

  private String text(String path) throws Exception {
    var response = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
