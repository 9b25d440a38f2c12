package org.commissioninghub.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.awards.AwardLineRequest;
import org.commissioninghub.awards.AwardRequest;
import org.commissioninghub.awards.AwardResult;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.contracts.ContractRequest;
import org.commissioninghub.contracts.ContractView;
import org.commissioninghub.contracts.Contracts;
import org.commissioninghub.funding.FundingStreamRequest;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.organisations.OrganisationCommand;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.organisations.PossibleDuplicateException;
import org.commissioninghub.reporting.AwardsMatrix;
import org.commissioninghub.reporting.AwardsMatrixQuery;
import org.commissioninghub.reporting.FundingPositionQuery;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.support.DatabaseSnapshot;
import org.commissioninghub.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The commissioning core's rules against a real database. Run on H2 and on PostgreSQL by the
 * subclasses, so the Flyway migrations and SQL read models are proved on both.
 */
abstract class CoreDataContract {

  @Autowired Organisations organisations;
  @Autowired FundingStreams streams;
  @Autowired Awards awards;
  @Autowired Contracts contracts;
  @Autowired AwardsMatrixQuery matrices;
  @Autowired FundingPositionQuery positions;
  @Autowired AuditLog audit;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void asksBeforeCreatingAnOrganisationWithANearlyIdenticalName() {
    String base = Fixtures.unique("Choice Support");
    organisations.create(Fixtures.organisationCommand(base).toCommand(), false);
    String nearly = base.replace("Choice", "Choices");
    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);

    assertThatThrownBy(
            () -> organisations.create(Fixtures.organisationCommand(nearly).toCommand(), false))
        .isInstanceOf(PossibleDuplicateException.class)
        .satisfies(
            e ->
                assertThat(((PossibleDuplicateException) e).candidates())
                    .extracting("name")
                    .containsExactly(base));
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

    OrganisationView confirmed =
        organisations.create(Fixtures.organisationCommand(nearly).toCommand(), true);
    assertThat(confirmed.name()).isEqualTo(nearly);
  }

  @Test
  void matchesOnAliasesAndRegisteredNumbers() {
    String kooth = Fixtures.unique("Kooth");
    String qwell = Fixtures.unique("Qwell");
    organisations.create(
        new OrganisationCommand(
                null,
                kooth,
                "COMPANY",
                Set.of("PROVIDER"),
                null,
                "5063449",
                null,
                null,
                null,
                null,
                List.of(qwell))
            .toCommand(),
        false);
    assertThatThrownBy(
            () -> organisations.create(Fixtures.organisationCommand(qwell).toCommand(), false))
        .isInstanceOf(PossibleDuplicateException.class)
        .hasMessageContaining(kooth);
    assertThatThrownBy(
            () ->
                organisations.create(
                    new OrganisationCommand(
                            null,
                            Fixtures.unique("Totally different"),
                            "COMPANY",
                            Set.of(),
                            null,
                            "05063449",
                            null,
                            null,
                            null,
                            null,
                            List.of())
                        .toCommand(),
                    true))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("orgIdentifier"));
  }

  @Test
  void derivesOrgIdsAndRejectsBadIdentifiersNamingTheField() {
    OrganisationView charity =
        organisations.create(
            new OrganisationCommand(
                    null,
                    Fixtures.unique("Brake"),
                    "CHARITY",
                    Set.of("PROVIDER"),
                    randomCharity(),
                    null,
                    null,
                    null,
                    "me14 1xx",
                    null,
                    List.of())
                .toCommand(),
            false);
    assertThat(charity.orgIdentifier()).isEqualTo("GB-CHC-" + charity.charityNumber());
    assertThat(charity.postcode()).isEqualTo("ME14 1XX");

    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);
    assertThatThrownBy(
            () ->
                organisations.create(
                    new OrganisationCommand(
                            null,
                            "",
                            "SPACESHIP",
                            Set.of("FUNDER", "KING"),
                            "12",
                            "ABC",
                            "not an id",
                            null,
                            "XYZ",
                            "ftp://x",
                            List.of())
                        .toCommand(),
                    false))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(fields(e))
                    .contains(
                        "name",
                        "type",
                        "roles",
                        "charityNumber",
                        "companyNumber",
                        "orgIdentifier",
                        "postcode",
                        "website"));
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void refusesStreamsWithMalformedYearsAndAmounts() {
    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);
    String source = fixtures.source().publicId();
    before = DatabaseSnapshot.of(jdbc);
    FundingStreamRequest bad =
        new FundingStreamRequest(
            null,
            source,
            null,
            "Rural Safer Streets",
            null,
            "202/24",
            "£56,77",
            true,
            null,
            null,
            "2025-03-31",
            "2024-04-01",
            null,
            "home-office",
            0,
            null);
    assertThatThrownBy(() -> streams.create(bad.toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              assertThat(fields(e))
                  .containsExactlyInAnyOrder("year", "amount", "endDate", "ringfencePurpose");
              assertThat(messages(e)).anyMatch(m -> m.contains("£56,77"));
            });
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void refusesALineWhoseStreamBelongsToAnotherYear() {
    OrganisationView org = fixtures.organisation(Fixtures.unique("SATEDA"));
    FundingStreamView stream2023 = fixtures.stream("2023/24", "£100,000.00", false);
    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);

    AwardRequest command =
        Fixtures.awardRequest(
            org,
            List.of(
                new AwardLineRequest(stream2023.publicId(), "2024/25", null, "£1,000.00", null)));
    assertThatThrownBy(() -> awards.create(command.toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              assertThat(fields(e)).containsExactly("lines[0].year");
              assertThat(messages(e).get(0)).contains("2023/24").contains("2024/25");
            });
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void refusesDamagedAmountsOnAwardLines() {
    OrganisationView org = fixtures.organisation(Fixtures.unique("KCSP"));
    FundingStreamView stream = fixtures.stream("2024/25", "£39,661.00", false);
    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);
    AwardRequest command =
        Fixtures.awardRequest(
            org,
            List.of(
                Fixtures.line(stream, "£6,00"),
                new AwardLineRequest(stream.publicId(), null, "VAWG training", "£0.00", null)));
    assertThatThrownBy(() -> awards.create(command.toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              assertThat(fields(e)).containsExactly("lines[0].amount", "lines[1].amount");
              assertThat(messages(e).get(0)).contains("£6,00").contains("groups of three");
            });
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void neverAllocatesARingFencedStreamBeyondWhatWasReceived() {
    OrganisationView first = fixtures.organisation(Fixtures.unique("Family Matters"));
    OrganisationView second = fixtures.organisation(Fixtures.unique("Rising Sun"));
    FundingStreamView ringfenced = fixtures.stream("2024/25", "£21,106.92", true);
    fixtures.award(first, ringfenced, "£21,000.00");
    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);

    assertThatThrownBy(() -> fixtures.award(second, ringfenced, "£106.93"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ring-fenced")
        .hasMessageContaining("£0.01 more than it has");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

    fixtures.award(second, ringfenced, "£106.92");
    assertThat(positions.position(FinancialYear.parse("2024/25"), null).streams())
        .filteredOn(s -> s.publicId().equals(ringfenced.publicId()))
        .singleElement()
        .satisfies(s -> assertThat(s.remaining()).isEqualTo(Money.ZERO));
  }

  @Test
  void warnsButAllowsOverAllocatingAStreamThatIsNotRingFenced() {
    OrganisationView org = fixtures.organisation(Fixtures.unique("Brake"));
    FundingStreamView core = fixtures.stream("2024/25", "£1,000.00", false);
    AwardResult result =
        awards.create(
            Fixtures.awardRequest(org, List.of(Fixtures.line(core, "£1,500.00"))).toCommand());
    assertThat(result.warnings()).singleElement().asString().contains("£500.00 more than it has");
    assertThat(result.award().total()).isEqualTo(Money.parse("£1,500.00"));
  }

  @Test
  void movesAwardsOnlyForwardThroughTheirStatusesAndDetectsConcurrentEdits() {
    OrganisationView org = fixtures.organisation(Fixtures.unique("Hourglass"));
    AwardView award =
        fixtures.award(org, fixtures.stream("2024/25", "£55,368.00", true), "£55,368.00");
    AwardRequest toActive = withStatus(award, "ACTIVE");
    AwardView active = awards.update(award.publicId(), award.version(), toActive.toHeader());
    assertThat(active.status().name()).isEqualTo("ACTIVE");

    assertThatThrownBy(
            () ->
                awards.update(
                    award.publicId(), active.version(), withStatus(award, "PROPOSED").toHeader()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("status"));
    assertThatThrownBy(
            () ->
                awards.update(
                    award.publicId(), award.version(), withStatus(award, "ENDED").toHeader()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void computesTheMatrixWithRowAndColumnTotals() {
    String holderName = Fixtures.unique("PCC");
    OrganisationView holder =
        organisations.create(
            new OrganisationCommand(
                    null,
                    holderName,
                    "PCC",
                    Set.of("FUNDER"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of())
                .toCommand(),
            false);
    FundingStreamView core =
        fixtures.stream("2022/23", "£2,000,000.00", false, "victim-services", holder.publicId());
    FundingStreamView dasv =
        fixtures.stream("2022/23", "£700,000.00", true, "victim-services", holder.publicId());
    FundingStreamView other =
        fixtures.stream("2022/23", "£10,000.00", false, "home-office", holder.publicId());
    OrganisationView a = fixtures.organisation(Fixtures.unique("Dandelion Time"));
    OrganisationView b = fixtures.organisation(Fixtures.unique("Victim Support"));
    awards.create(
        Fixtures.awardRequest(
                a, List.of(Fixtures.line(core, "£35,000"), Fixtures.line(dasv, "£31,841.60")))
            .toCommand());
    awards.create(
        Fixtures.awardRequest(
                b, List.of(Fixtures.line(core, "£1,029,766.00"), Fixtures.line(dasv, "41810.50")))
            .toCommand());
    awards.create(Fixtures.awardRequest(b, List.of(Fixtures.line(other, "£1,000"))).toCommand());

    AwardsMatrix matrix =
        matrices.matrix(FinancialYear.parse("2022/23"), "victim-services", holder.id());
    assertThat(matrix.columns())
        .extracting(c -> c.total().format())
        .containsExactly("£1,064,766.00", "£73,652.10");
    assertThat(matrix.grandTotal().format()).isEqualTo("£1,138,418.10");
    assertThat(matrix.rows()).hasSize(2);
    assertThat(matrix.rows())
        .extracting(r -> r.total().format())
        .containsExactlyInAnyOrder("£66,841.60", "£1,071,576.50");

    AwardsMatrix all = matrices.matrix(FinancialYear.parse("2022/23"), null, holder.id());
    assertThat(all.columns()).hasSize(3);
    assertThat(all.grandTotal().format()).isEqualTo("£1,139,418.10");
    assertThat(matrices.matrix(FinancialYear.parse("2022/23"), "victim-services", -1L).rows())
        .isEmpty();
  }

  @Test
  void checksContractTermsAgainstTheirDates() {
    OrganisationView supplier = fixtures.organisation(Fixtures.unique("Victim Support"));
    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);
    ContractRequest fourYearClaim = contract("48", "2024-04-01", "2027-03-31", supplier);
    assertThatThrownBy(() -> contracts.create(fourYearClaim.toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              assertThat(fields(e)).containsExactly("initialTermMonths");
              assertThat(messages(e).get(0)).contains("48 months").contains("36 months");
            });
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

    ContractView kass =
        contracts.create(contract("36", "2024-04-01", "2027-03-31", supplier).toCommand());
    assertThat(kass.latestPossibleEnd()).hasToString("2030-03-31");
    assertThat(kass.extensionOption()).isEqualTo("yearly, up to 3 extensions");
    assertThat(kass.lots())
        .singleElement()
        .satisfies(l -> assertThat(l.supplierName()).isEqualTo(supplier.name()));
  }

  @Test
  void auditsEveryChange() {
    long before = audit.count();
    OrganisationView org = fixtures.organisation(Fixtures.unique("Audited"));
    assertThat(audit.count()).isEqualTo(before + 1);
    assertThat(audit.forEntity("organisation", org.publicId()))
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo("organisation.created"));
  }

  private static ContractRequest contract(
      String term, String start, String end, OrganisationView supplier) {
    return new ContractRequest(
        null,
        Fixtures.unique("Kent Advocacy and Support Service"),
        null,
        "2022/23",
        null,
        start,
        term,
        end,
        "12",
        "3",
        null,
        null,
        "QUARTERLY",
        "ACTIVE",
        null,
        null,
        List.of(
            new ContractRequest.LotRequest(
                "Whole service", supplier.publicId(), "£1,029,766.00", null)));
  }

  private static AwardRequest withStatus(AwardView a, String status) {
    return new AwardRequest(
        null,
        a.organisationPublicId(),
        a.kind().name(),
        a.title(),
        a.serviceDescription(),
        a.programme(),
        status,
        null,
        null,
        null,
        null,
        null);
  }

  private static String randomCharity() {
    return String.valueOf(1_000_000 + (int) (Math.random() * 8_999_999));
  }

  static List<String> fields(Throwable e) {
    return ((InvalidInputException) e).problems().stream().map(FieldProblem::field).toList();
  }

  static List<String> messages(Throwable e) {
    return ((InvalidInputException) e).problems().stream().map(FieldProblem::message).toList();
  }
}
