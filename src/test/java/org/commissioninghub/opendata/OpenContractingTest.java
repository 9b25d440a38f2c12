package org.commissioninghub.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's contracts as an OCDS 1.1.5 release package: valid against the release-package schema
 * with the options and renewal extensions, one release per tender, award, contract and amendment,
 * public without sign-in; and a broken package is caught.
 */
@HubTest
class OpenContractingTest {

  @Autowired MockMvc mvc;
  @Autowired OpenContracting ocds;

  @Test
  void theDemosContractsAreAValidReleasePackageWithEachStage() throws Exception {
    var response = mvc.perform(get("/open-data/ocds/releases.json")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    JsonNode pkg =
        JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
    assertThat(ocds.validate(pkg)).isEmpty();
    assertThat(pkg.get("extensions").toString())
        .contains("ocds_options_extension", "ocds_renewal_extension");

    List<String> isva = new ArrayList<>();
    for (JsonNode r : pkg.get("releases")) {
      if (r.get("ocid").asString().equals("ocds-kentopcc-demo-isva-and-sv-support-service")) {
        isva.add(r.get("tag").get(0).asString() + " " + r.get("date").asString().substring(0, 10));
      }
    }
    // Tendered in 2018/19, started 1 April 2019, three yearly extensions and the exception.
    assertThat(isva)
        .containsExactly(
            "tender 2018-04-01",
            "award 2019-04-01",
            "contract 2019-04-01",
            "contractAmendment 2022-03-31",
            "contractAmendment 2023-03-31",
            "contractAmendment 2024-03-31",
            "contractAmendment 2025-03-31");
    JsonNode contract =
        find(pkg, "ocds-kentopcc-demo-isva-and-sv-support-service-contract")
            .get("contracts")
            .get(0);
    assertThat(contract.get("hasRenewal").asBoolean()).isTrue();
    assertThat(contract.get("renewal").get("maximumRenewals").asInt()).isEqualTo(3);
    assertThat(contract.get("value").get("amount").decimalValue()).isEqualByComparingTo("450000");
    JsonNode last =
        find(pkg, "ocds-kentopcc-demo-isva-and-sv-support-service-amendment-4")
            .get("contracts")
            .get(0);
    assertThat(last.get("period").get("endDate").asString()).isEqualTo("2026-03-31T00:00:00Z");
    assertThat(last.get("amendments").get(0).get("rationale").asString())
        .startsWith("Extended by exception");
  }

  @Test
  void aBrokenPackageIsCaughtWithWhere() {
    ObjectNode pkg = ocds.releasePackage();
    ObjectNode first = (ObjectNode) pkg.get("releases").get(0);
    first.remove("ocid");
    first.put("date", "1 April 2019");
    first.putArray("tag").add("finished");
    assertThat(ocds.validate(pkg))
        .anyMatch(e -> e.startsWith("/releases/0:") && e.contains("ocid"))
        .anyMatch(e -> e.startsWith("/releases/0/date"))
        .anyMatch(e -> e.startsWith("/releases/0/tag/0"));
  }

  private static JsonNode find(JsonNode pkg, String id) {
    for (JsonNode r : pkg.get("releases")) {
      if (r.get("id").asString().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no release " + id);
  }
}
