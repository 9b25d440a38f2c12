package org.commissioninghub.opendata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.awards.AwardKind;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.awards.AwardStatus;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.awards.DeliveryArea;
import org.commissioninghub.organisations.OrganisationType;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Slugs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grants as 360Giving data: every grant award once approved, with registered-prefix identifiers
 * ({@code 360G-<prefix>-<award>}), the recipient's org-id where one is known, the funder,
 * programme, planned dates and the area it serves. Grants to individuals are never published. A
 * publication is validated first and refused if the schema finds any error.
 */
@Service
public class ThreeSixtyGiving {

  static final String STANDARD = "360giving";
  private static final Set<AwardStatus> PUBLISHED =
      EnumSet.of(AwardStatus.APPROVED, AwardStatus.ACTIVE, AwardStatus.ENDED);

  private final Awards awards;
  private final Organisations organisations;
  private final PublicationRepository publications;
  private final AuditLog audit;
  private final Clock clock;
  private final String prefix;
  private final String funderId;
  private final String funderName;
  private final String dataSource;

  ThreeSixtyGiving(
      Awards awards,
      Organisations organisations,
      PublicationRepository publications,
      AuditLog audit,
      Clock clock,
      @Value("${commissioning.open-data.prefix}") String prefix,
      @Value("${commissioning.open-data.funder-id}") String funderId,
      @Value("${commissioning.open-data.funder-name}") String funderName,
      @Value("${commissioning.public-url}") String publicUrl) {
    this.awards = awards;
    this.organisations = organisations;
    this.publications = publications;
    this.audit = audit;
    this.clock = clock;
    this.prefix = prefix;
    this.funderId =
        funderId == null || funderId.isBlank() ? "360G-" + prefix + "-funder" : funderId;
    this.funderName = funderName;
    this.dataSource = publicUrl + "/open-data/360giving";
  }

  /** Every publishable grant, oldest year first. */
  @Transactional(readOnly = true)
  public long grants(Consumer<Grant> each) {
    String modified =
        OffsetDateTime.now(clock)
            .withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.SECONDS)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    long count = 0;
    java.util.Map<Long, OrganisationView> recipients = new java.util.HashMap<>();
    java.util.Map<String, java.util.List<DeliveryArea>> areas = awards.areasByAward();
    // Every award with all its lines: a grant over several years is published once, in full.
    for (AwardView award : awards.all()) {
      // An award with no line records no money (e.g. last year's, known only as a predecessor).
      if (award.kind() != AwardKind.GRANT
          || !PUBLISHED.contains(award.status())
          || award.lines().isEmpty()) {
        continue;
      }
      OrganisationView recipient =
          recipients.computeIfAbsent(award.organisationId(), organisations::get);
      if (recipient.type() == OrganisationType.INDIVIDUAL) {
        continue;
      }
      each.accept(
          grant(award, recipient, areas.getOrDefault(award.publicId(), List.of()), modified));
      count++;
    }
    return count;
  }

  private Grant grant(
      AwardView award, OrganisationView recipient, List<DeliveryArea> areas, String modified) {
    // One district gives its ONS code; several are named together; none is countywide.
    String where =
        areas.isEmpty()
            ? "Kent and Medway"
            : String.join(", ", areas.stream().map(DeliveryArea::label).toList());
    DeliveryArea only = areas.size() == 1 ? areas.get(0) : null;
    LocalDate start = award.startDate();
    LocalDate end = award.endDate();
    FinancialYear first =
        award.lines().stream().map(AwardLineView::year).min(FinancialYear::compareTo).orElse(null);
    LocalDate awarded =
        award.awardDate() != null
            ? award.awardDate()
            : start != null ? start : first == null ? null : first.start();
    Integer months =
        start != null && end != null
            ? (int) ChronoUnit.MONTHS.between(start, end.plusDays(1))
            : null;
    return new Grant(
        "360G-" + prefix + "-" + award.publicId(),
        award.title(),
        award.serviceDescription() == null ? award.title() : award.serviceDescription(),
        "GBP",
        new BigDecimal(award.total().plain()),
        awarded == null ? null : awarded.toString(),
        start == null ? null : start.toString(),
        end == null ? null : end.toString(),
        months,
        orgId(recipient),
        recipient.name(),
        recipient.charityNumber(),
        recipient.companyNumber(),
        null,
        recipient.postcode(),
        where,
        "GB",
        only == null ? null : only.onsCode(),
        only == null ? null : only.onsCodeType(),
        funderId,
        funderName,
        null,
        award.programme() == null ? null : Slugs.of(award.programme()),
        award.programme(),
        null,
        modified,
        dataSource);
  }

  /** The recipient's org-id: its own, its charity or company number, or a 360G- fallback. */
  private String orgId(OrganisationView o) {
    if (o.orgIdentifier() != null && o.orgIdentifier().matches("[A-Z]{2}-[A-Z]{2,}-.+")) {
      return o.orgIdentifier();
    }
    if (o.charityNumber() != null && !o.charityNumber().isBlank()) {
      return "GB-CHC-" + o.charityNumber().strip();
    }
    if (o.companyNumber() != null && !o.companyNumber().isBlank()) {
      return "GB-COH-" + o.companyNumber().strip();
    }
    return "360G-" + prefix + "-org-" + o.publicId();
  }

  /** Validates what would be published now, without publishing it. */
  @Transactional(readOnly = true)
  public ValidationReport check() {
    return validate(json());
  }

  /**
   * Publishes the grants: validated first (schema errors refuse it, with the errors listed), then
   * kept as JSON, CSV and XLSX with the quality warnings it was published with.
   */
  @Transactional
  public Publication publish(String username) {
    byte[] json = json();
    ValidationReport report = validate(json);
    if (!report.publishable()) {
      throw new PublicationRefusedException(report);
    }
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (GrantCsvWriter c = new GrantCsvWriter(csv);
        GrantXlsxWriter x = new GrantXlsxWriter(xlsx)) {
      GrantJsonReader.read(
          new ByteArrayInputStream(json),
          g -> {
            c.write(g);
            x.write(g);
          });
    }
    String warnings = summary(report);
    OffsetDateTime now = OffsetDateTime.now(clock);
    publications.insert(
        STANDARD,
        (int) report.grants(),
        new PublicationRepository.Files(json, csv.toByteArray(), xlsx.toByteArray()),
        warnings,
        username,
        now);
    audit.record(
        "open-data.published",
        "open-data",
        STANDARD,
        report.grants() + " grants" + (warnings == null ? "" : "; quality warnings: " + warnings));
    return latest().orElseThrow();
  }

  @Transactional(readOnly = true)
  public Optional<Publication> latest() {
    return publications.latest(STANDARD);
  }

  /** The latest published file: "json", "csv" or "xlsx". */
  @Transactional(readOnly = true)
  public Optional<byte[]> latestFile(String form) {
    return publications.latestFile(STANDARD, form);
  }

  private byte[] json() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GrantJsonWriter w = new GrantJsonWriter(out)) {
      grants(w::write);
    }
    return out.toByteArray();
  }

  private ValidationReport validate(byte[] json) {
    return new GrantValidator(LocalDate.now(clock)).validate(new ByteArrayInputStream(json));
  }

  private static String summary(ValidationReport report) {
    if (report.warnings().isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    report.warningList().forEach(w -> parts.add(w.check() + " (" + w.grants() + ")"));
    String text = String.join("; ", parts);
    return text.length() > 8000 ? text.substring(0, 7999) : text;
  }
}
