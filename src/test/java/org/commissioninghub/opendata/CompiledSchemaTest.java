package org.commissioninghub.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fast pass never vouches for a grant the full schema validator rejects: checked on a real
 * published file, on the demo-like grant and on forty broken variants of it.
 */
class CompiledSchemaTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final CompiledSchema fast;
  private final Schema full;

  CompiledSchemaTest() throws Exception {
    try (InputStream in =
        getClass().getResourceAsStream("/standards/360giving/360-giving-schema.json")) {
      fast = new CompiledSchema(MAPPER.readTree(in));
    }
    try (InputStream in =
        getClass().getResourceAsStream("/standards/360giving/360-giving-schema.json")) {
      full =
          SchemaRegistry.withDefaultDialect(
                  SpecificationVersion.DRAFT_2020_12,
                  b ->
                      b.schemaRegistryConfig(
                          new SchemaRegistryConfig.Builder().formatAssertionsEnabled(true).build()))
              .getSchema(in);
    }
  }

  private static final String GRANT =
      """
      {"id": "360G-kent-1", "title": "Grant", "description": "Support", "currency": "GBP",
       "amountAwarded": 15000, "awardDate": "2024-03-23",
       "plannedDates": [{"startDate": "2024-05-07", "endDate": "2024-11-06", "duration": 6}],
       "recipientOrganization": [{"id": "GB-CHC-1100105", "name": "A", "charityNumber": "1100105",
         "addressLocality": "Kent", "postalCode": "CT1 1AA"}],
       "beneficiaryLocation": [{"name": "Kent", "countryCode": "GB", "geoCode": "E10000016",
         "geoCodeType": "CTY"}],
       "fundingOrganization": [{"id": "GB-GOR-X", "name": "PCC", "department": "Grants"}],
       "grantProgramme": [{"code": "YF", "title": "Youth Fund"}], "fromOpenCall": "Yes",
       "dateModified": "2024-10-05T09:30:00Z", "dataSource": "https://grants.example.org/open-data"}
      """;

  @Test
  void aCleanGrantIsVouchedForAndEveryBrokenOneIsLeftToTheFullValidator() {
    JsonNode clean = MAPPER.readTree(GRANT);
    assertThat(full.validate(clean)).isEmpty();
    assertThat(fast.check(clean)).isEqualTo(CompiledSchema.Verdict.VALID);

    List<String[]> changes =
        List.of(
            new String[] {"/amountAwarded", "\"15000\""},
            new String[] {"/amountAwarded", "-5"},
            new String[] {"/amountAwarded", "null"},
            new String[] {"/awardDate", "\"2024-02-30\""},
            new String[] {"/awardDate", "\"2024-13-01\""},
            new String[] {"/awardDate", "\"2024-03-23T09:30:00z\""},
            new String[] {"/awardDate", "\"2024-03-23 09:30:00\""},
            new String[] {"/awardDate", "\"2024-03-23T09:30:00+01:00\""},
            new String[] {"/awardDate", "\"23/03/2024\""},
            new String[] {"/awardDate", "20240323"},
            new String[] {"/currency", "\"XXX\""},
            new String[] {"/currency", "\"gbp\""},
            new String[] {"/currency", "1"},
            new String[] {"/recipientOrganization", "{\"id\": \"GB-CHC-1\", \"name\": \"A\"}"},
            new String[] {"/recipientOrganization", "[]"},
            new String[] {"/recipientOrganization", "[{\"name\": \"no id\"}]"},
            new String[] {"/recipientOrganization", "[{\"id\": 5, \"name\": \"A\"}]"},
            new String[] {"/plannedDates", "[{\"startDate\": \"2024-05-07\", \"duration\": 6.5}]"},
            new String[] {"/plannedDates", "[{\"startDate\": \"2024-05-07\", \"duration\": 6.0}]"},
            new String[] {
              "/plannedDates", "[{\"startDate\": \"2024-05-07\", \"duration\": \"6\"}]"
            },
            new String[] {"/plannedDates", "[{\"startDate\": \"May 2024\"}]"},
            new String[] {"/plannedDates", "[{\"startDate\": \"2024-05-07T00:00:00Z\"}]"},
            new String[] {"/dateModified", "\"yesterday\""},
            new String[] {"/dateModified", "\"2024-10-05\""},
            new String[] {"/dateModified", "\"2024-10-05T09:30:00.123456Z\""},
            new String[] {"/dataSource", "\"not a uri\""},
            new String[] {"/dataSource", "\"http://exa mple.com\""},
            new String[] {"/dataSource", "\"relative/path\""},
            new String[] {"/dataSource", "\"https://example.org/%zz\""},
            new String[] {"/dataSource", "\"mailto:grants@example.org\""},
            new String[] {"/id", "360"},
            new String[] {"/title", "[\"Grant\"]"},
            new String[] {
              "/beneficiaryLocation", "[{\"name\": \"Kent\", \"countryCode\": \"UK\"}]"
            },
            new String[] {
              "/beneficiaryLocation", "[{\"name\": \"Kent\", \"geoCodeType\": \"ZZ\"}]"
            },
            new String[] {"/fromOpenCall", "\"Maybe\""},
            new String[] {"/fromOpenCall", "true"},
            new String[] {"/somethingElse", "{\"anything\": [1, 2]}"},
            new String[] {"/fundingOrganization", "[{\"id\": \"GB-GOR-X\"}]"},
            new String[] {"/grantProgramme", "[{\"code\": 7}]"},
            new String[] {
              "/recipientIndividual", "{\"id\": \"360G-kent-ind-1\", \"name\": \"Someone\"}"
            });
    List<String> vouchedButRejected = new ArrayList<>();
    int vouched = 0;
    for (String[] change : changes) {
      ObjectNode grant = (ObjectNode) MAPPER.readTree(GRANT);
      grant.set(change[0].substring(1), MAPPER.readTree(change[1]));
      CompiledSchema.Verdict verdict = fast.check(grant);
      boolean fullyValid = full.validate(grant).isEmpty();
      if (verdict == CompiledSchema.Verdict.VALID) {
        vouched++;
        if (!fullyValid) {
          vouchedButRejected.add(change[0] + " = " + change[1]);
        }
      }
      if (verdict == CompiledSchema.Verdict.INVALID) {
        assertThat(fullyValid).as("said invalid: " + change[0] + " = " + change[1]).isFalse();
      }
    }
    assertThat(vouchedButRejected).isEmpty();
    assertThat(vouched).as("the fast pass still vouches for the valid variants").isPositive();
  }

  @Test
  void everyGrantOfARealPublishedFileGetsTheSameAnswer() throws Exception {
    JsonNode file =
        MAPPER.readTree(
            Files.readString(
                Path.of(
                    "src",
                    "test",
                    "resources",
                    "conformance",
                    "trafford_council_voluntary_sector_grants.json")));
    int vouched = 0;
    for (JsonNode grant : file.get("grants")) {
      CompiledSchema.Verdict verdict = fast.check(grant);
      boolean fullyValid = full.validate(grant).isEmpty();
      if (verdict == CompiledSchema.Verdict.VALID) {
        vouched++;
        assertThat(fullyValid).as(grant.path("id").asString()).isTrue();
      }
    }
    assertThat(vouched).isEqualTo(555);
  }
}
