package org.commissioninghub.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 7's 360Giving acceptance on the demo: the published JSON validates against the package
 * schema with no errors (checked whole by a second route, the package schema itself), the CSV
 * round-trips to the same JSON, the files are public, and only officers publish.
 */
@HubTest
class ThreeSixtyPublicationTest {

  @Autowired MockMvc mvc;
  @Autowired ThreeSixtyGiving threeSixty;

  @Test
  void theDemosPublishedJsonIsValidAndTheCsvRoundTripsToIt() throws Exception {
    byte[] json = anonymous("/open-data/360giving.json");
    ValidationReport report =
        new GrantValidator(LocalDate.of(2026, 11, 27)).validate(new ByteArrayInputStream(json));
    assertThat(report.grants()).isGreaterThan(50);
    assertThat(report.schemaErrors()).isEmpty();

    // The whole package, checked against 360-giving-package-schema.json by the library itself.
    Path standards = Path.of("src", "main", "resources", "standards", "360giving");
    String grantSchema = Files.readString(standards.resolve("360-giving-schema.json"));
    Schema packageSchema =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                b ->
                    b.schemaRegistryConfig(
                            new com.networknt.schema.SchemaRegistryConfig.Builder()
                                .formatAssertionsEnabled(true)
                                .build())
                        .schemas(
                            Map.of(
                                "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json",
                                grantSchema)))
            .getSchema(Files.readString(standards.resolve("360-giving-package-schema.json")));
    assertThat(packageSchema.validate(JsonMapper.builder().build().readTree(json))).isEmpty();

    List<Grant> grants = new ArrayList<>();
    GrantJsonReader.read(new ByteArrayInputStream(json), grants::add);
    assertThat(grants)
        .allMatch(g -> g.id().startsWith("360G-kentopcc-demo-"))
        .allMatch(g -> g.amountAwarded().signum() > 0)
        .anyMatch(g -> g.id().equals("360G-kentopcc-demo-rubicon-cares-2024-25"));
    Grant rubicon =
        grants.stream()
            .filter(g -> g.id().endsWith("rubicon-cares-2024-25"))
            .findFirst()
            .orElseThrow();
    assertThat(rubicon.amountAwarded()).isEqualByComparingTo("72502.00");
    assertThat(rubicon.recipientOrgName()).isEqualTo("Rubicon Cares");
    assertThat(rubicon.fundingOrgName())
        .isEqualTo("Office of the Police and Crime Commissioner for Kent");
    assertThat(rubicon.beneficiaryLocationName()).isEqualTo("Kent and Medway");
    assertThat(rubicon.beneficiaryGeoCode()).isNull();
    // A service delivered in one district carries its ONS code; in several, their names.
    Grant newLeaf = grant(grants, "new-leaf-support-2024-25");
    assertThat(
            List.of(
                newLeaf.beneficiaryLocationName(),
                newLeaf.beneficiaryGeoCode(),
                newLeaf.beneficiaryGeoCodeType()))
        .containsExactly("Swale", "E07000113", "NMD");
    Grant oasis = grant(grants, "oasis-2024-25");
    assertThat(List.of(oasis.beneficiaryGeoCode(), oasis.beneficiaryGeoCodeType()))
        .containsExactly("E06000035", "UA");
    Grant davss = grant(grants, "davss-2024-25");
    assertThat(davss.beneficiaryLocationName())
        .isEqualTo("Sevenoaks, Tonbridge and Malling, Tunbridge Wells");
    assertThat(davss.beneficiaryGeoCode()).isNull();

    byte[] csv = anonymous("/open-data/360giving.csv");
    assertThat(new String(csv, StandardCharsets.UTF_8))
        .startsWith("Identifier,Title,Description,Currency,Amount Awarded");
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    try (GrantJsonWriter w = new GrantJsonWriter(again)) {
      GrantCsvReader.read(new ByteArrayInputStream(csv), w::write);
    }
    assertThat(again.toByteArray()).isEqualTo(json);
    assertThat(anonymous("/open-data/360giving.xlsx")).startsWith(new byte[] {'P', 'K'});
  }

  @Test
  void thePageIsPublicAndOnlyOfficersPublish() throws Exception {
    String page = new String(anonymous("/open-data/360giving"), StandardCharsets.UTF_8);
    assertThat(page).contains("grants, published on").doesNotContain("Validate and publish");
    assertThat(
            mvc.perform(
                    post("/open-data/360giving/publish")
                        .with(user("provider").roles("PROVIDER"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    String officer =
        mvc.perform(get("/open-data/360giving").with(user("officer").roles("OFFICER")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(officer).contains("Validate and publish", "0 schema errors");
    var published =
        mvc.perform(
                post("/open-data/360giving/publish")
                    .with(user("officer").roles("OFFICER"))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(published.getStatus()).isEqualTo(302);
    assertThat(threeSixty.latest().orElseThrow().publishedBy()).isEqualTo("officer");
  }

  private byte[] anonymous(String path) throws Exception {
    var response = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsByteArray();
  }

  private static Grant grant(List<Grant> grants, String award) {
    return grants.stream().filter(g -> g.id().endsWith("-" + award)).findFirst().orElseThrow();
  }
}
