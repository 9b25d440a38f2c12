package org.commissioninghub.opendata;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioninghub.contracts.ContractLifecycle;
import org.commissioninghub.contracts.ContractLotView;
import org.commissioninghub.contracts.ContractStatus;
import org.commissioninghub.contracts.ContractVariation;
import org.commissioninghub.contracts.ContractView;
import org.commissioninghub.contracts.Contracts;
import org.commissioninghub.contracts.ExtensionDecision;
import org.commissioninghub.contracts.ProcurementRoute;
import org.commissioninghub.shared.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contracts as an OCDS 1.1.5 release package, with the options and renewal extensions: for each
 * contract a tender, an award, a contract and one release per amendment (each extension that moved
 * the end, each variation), in date order. Validated against the release-package schema with the
 * extensions' patches merged into the release schema.
 */
@Service
public class OpenContracting {

  static final List<String> EXTENSIONS =
      List.of(
          "https://raw.githubusercontent.com/open-contracting-extensions/ocds_options_extension/master/extension.json",
          "https://raw.githubusercontent.com/open-contracting-extensions/ocds_renewal_extension/master/extension.json");
  private static final String RELEASE_SCHEMA_ID =
      "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Contracts contracts;
  private final ContractLifecycle lifecycle;
  private final Clock clock;
  private final String ocidPrefix;
  private final String buyerId;
  private final String buyerName;
  private final String publicUrl;
  private volatile Schema packageSchema;

  OpenContracting(
      Contracts contracts,
      ContractLifecycle lifecycle,
      Clock clock,
      @Value("${commissioning.open-data.ocid-prefix}") String ocidPrefix,
      @Value("${commissioning.open-data.prefix}") String prefix,
      @Value("${commissioning.open-data.funder-id}") String funderId,
      @Value("${commissioning.open-data.funder-name}") String funderName,
      @Value("${commissioning.public-url}") String publicUrl) {
    this.contracts = contracts;
    this.lifecycle = lifecycle;
    this.clock = clock;
    this.ocidPrefix = ocidPrefix;
    this.buyerId = funderId == null || funderId.isBlank() ? "360G-" + prefix + "-funder" : funderId;
    this.buyerName = funderName;
    this.publicUrl = publicUrl;
  }

  @Transactional(readOnly = true)
  public ObjectNode releasePackage() {
    ObjectNode pkg = MAPPER.createObjectNode();
    pkg.put("uri", publicUrl + "/open-data/ocds/releases.json");
    pkg.put("version", "1.1");
    ArrayNode extensions = pkg.putArray("extensions");
    EXTENSIONS.forEach(extensions::add);
    pkg.put("publishedDate", dateTime(OffsetDateTime.now(clock)));
    pkg.putObject("publisher").put("name", buyerName);
    ArrayNode releases = pkg.putArray("releases");
    for (ContractView contract : contracts.list()) {
      releases(contract).forEach(releases::add);
    }
    return pkg;
  }

  /** Every schema error of the package, each with where it is; empty when it is valid. */
  public List<String> validate(JsonNode pkg) {
    List<String> errors = new ArrayList<>();
    for (Error e : packageSchema().validate(pkg)) {
      errors.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
    return errors;
  }

  private List<ObjectNode> releases(ContractView c) {
    String ocid = ocidPrefix + "-" + c.publicId();
    List<ObjectNode> releases = new ArrayList<>();
    LocalDate tendered =
        c.commissionedYear() != null ? c.commissionedYear().start() : c.startDate();
    LocalDate awarded = c.awardDate() != null ? c.awardDate() : c.startDate();
    if (tendered != null) {
      ObjectNode r = release(c, ocid, "tender", tendered);
      ObjectNode tender = r.putObject("tender");
      tender.put("id", ocid + "-tender");
      tender.put("title", c.title());
      description(tender, c.serviceDescription());
      tender.put("status", "complete");
      tender.put("mainProcurementCategory", "services");
      if (c.procurementRoute() != null) {
        tender.put("procurementMethod", method(c.procurementRoute()));
        tender.put("procurementMethodDetails", c.procurementRoute().label());
      }
      renewal(tender, c);
      releases.add(r);
    }
    if (awarded != null) {
      ObjectNode r = release(c, ocid, "award", awarded);
      ObjectNode award = r.putArray("awards").addObject();
      award.put("id", ocid + "-award");
      award.put("title", c.title());
      award.put("status", "active");
      award.put("date", dateTime(awarded));
      value(award, c);
      ArrayNode suppliers = award.putArray("suppliers");
      suppliers(c)
          .forEach(
              s ->
                  suppliers
                      .addObject()
                      .put("id", s.supplierPublicId())
                      .put("name", s.supplierName()));
      renewal(award, c);
      releases.add(r);
    }
    if (c.startDate() != null) {
      ObjectNode r = release(c, ocid, "contract", c.startDate());
      ObjectNode contract = contract(r, ocid, c);
      contract.put("title", c.title());
      description(contract, c.serviceDescription());
      contract.put(
          "status",
          c.status() == ContractStatus.ENDED
              ? "terminated"
              : c.status() == ContractStatus.PLANNED ? "pending" : "active");
      ObjectNode period = contract.putObject("period");
      period.put("startDate", dateTime(c.startDate()));
      if (c.initialEndDate() != null) {
        period.put("endDate", dateTime(c.initialEndDate()));
      }
      value(contract, c);
      renewal(contract, c);
      releases.add(r);
    }
    int amendment = 0;
    for (ExtensionDecision d : lifecycle.extensions(c.publicId())) {
      if (!d.extendsTerm() || d.decidedOn() == null) {
        continue;
      }
      ObjectNode r = release(c, ocid, "amendment-" + (++amendment), d.decidedOn());
      ObjectNode contract = contract(r, ocid, c);
      ObjectNode period = contract.putObject("period");
      if (c.startDate() != null) {
        period.put("startDate", dateTime(c.startDate()));
      }
      period.put("endDate", dateTime(d.newEnd()));
      ObjectNode a = contract.putArray("amendments").addObject();
      a.put("id", String.valueOf(amendment));
      a.put("date", dateTime(d.decidedOn()));
      a.put(
          "rationale",
          d.exception()
              ? "Extended by exception: " + nonBlank(d.exceptionReasons(), "reasons recorded")
              : "Extension option " + d.number() + " taken");
      a.put("description", "Extended by " + d.months() + " months to " + d.newEnd());
      releases.add(r);
    }
    for (ContractVariation v : lifecycle.variations(c.publicId())) {
      LocalDate on = v.effectiveDate() != null ? v.effectiveDate() : v.recordedAt().toLocalDate();
      ObjectNode r = release(c, ocid, "variation-" + v.number(), on);
      ObjectNode contract = contract(r, ocid, c);
      ObjectNode a = contract.putArray("amendments").addObject();
      a.put("id", "variation-" + v.number());
      a.put("date", dateTime(on));
      a.put("rationale", nonBlank(v.reason(), "Variation"));
      a.put(
          "description",
          v.field().label()
              + " changed from "
              + nonBlank(v.before(), "none")
              + " to "
              + nonBlank(v.after(), "none"));
      releases.add(r);
    }
    releases.sort(java.util.Comparator.comparing(n -> n.get("date").asString()));
    return releases;
  }

  private ObjectNode release(ContractView c, String ocid, String stage, LocalDate date) {
    ObjectNode r = MAPPER.createObjectNode();
    r.put("ocid", ocid);
    r.put("id", ocid + "-" + stage);
    r.put("date", dateTime(date));
    r.putArray("tag")
        .add(
            stage.startsWith("amendment") || stage.startsWith("variation")
                ? "contractAmendment"
                : stage);
    r.put("initiationType", "tender");
    r.put("language", "en");
    ObjectNode buyer = r.putObject("buyer");
    buyer.put("id", buyerId);
    buyer.put("name", buyerName);
    ArrayNode parties = r.putArray("parties");
    ObjectNode b = parties.addObject();
    b.put("id", buyerId);
    b.put("name", buyerName);
    b.putArray("roles").add("buyer").add("procuringEntity");
    for (ContractLotView lot : suppliers(c)) {
      ObjectNode s = parties.addObject();
      s.put("id", lot.supplierPublicId());
      s.put("name", lot.supplierName());
      s.putArray("roles").add("supplier");
    }
    return r;
  }

  private static ObjectNode contract(ObjectNode release, String ocid, ContractView c) {
    ObjectNode contract = release.putArray("contracts").addObject();
    contract.put("id", ocid + "-contract");
    contract.put("awardID", ocid + "-award");
    return contract;
  }

  /** Each supplier once, in lot order. */
  private static List<ContractLotView> suppliers(ContractView c) {
    Map<String, ContractLotView> bySupplier = new java.util.LinkedHashMap<>();
    c.lots().stream()
        .filter(l -> l.supplierPublicId() != null)
        .forEach(l -> bySupplier.putIfAbsent(l.supplierPublicId(), l));
    return List.copyOf(bySupplier.values());
  }

  private static void value(ObjectNode node, ContractView c) {
    Money value = c.totalValue() != null ? c.totalValue() : c.annualValue();
    if (value != null) {
      ObjectNode v = node.putObject("value");
      v.put("amount", new BigDecimal(value.plain()));
      v.put("currency", "GBP");
    }
  }

  /** The yearly extension options, as the renewal extension describes them. */
  private static void renewal(ObjectNode node, ContractView c) {
    boolean has = c.maxExtensions() > 0 && c.extensionMonths() != null;
    node.put("hasRenewal", has);
    if (has) {
      ObjectNode renewal = node.putObject("renewal");
      renewal.put("description", "Extension option: " + c.extensionOption());
      renewal.put("maximumRenewals", c.maxExtensions());
      if (c.initialEndDate() != null && c.latestPossibleEnd() != null) {
        ObjectNode period = renewal.putObject("period");
        period.put("startDate", dateTime(c.initialEndDate().plusDays(1)));
        period.put("endDate", dateTime(c.latestPossibleEnd()));
      }
    }
  }

  private static void description(ObjectNode node, String text) {
    if (text != null && !text.isBlank()) {
      node.put("description", text);
    }
  }

  private static String method(ProcurementRoute route) {
    return switch (route) {
      case OPEN_TENDER -> "open";
      case COMPETITIVE_QUOTATION, FRAMEWORK_CALL_OFF -> "selective";
      case DIRECT_AWARD -> "direct";
    };
  }

  private static String nonBlank(String text, String otherwise) {
    return text == null || text.isBlank() ? otherwise : text;
  }

  private static String dateTime(LocalDate date) {
    return date + "T00:00:00Z";
  }

  private static String dateTime(OffsetDateTime at) {
    return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private Schema packageSchema() {
    Schema schema = packageSchema;
    if (schema == null) {
      synchronized (this) {
        if (packageSchema == null) {
          packageSchema = loadPackageSchema();
        }
        schema = packageSchema;
      }
    }
    return schema;
  }

  /** The release schema with the extensions' patches merged in (JSON Merge Patch, RFC 7386). */
  private static Schema loadPackageSchema() {
    ObjectNode release = (ObjectNode) read("release-schema.json");
    merge(release, read("options-release-schema.json"));
    merge(release, read("renewal-release-schema.json"));
    return SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4,
            b ->
                b.schemaRegistryConfig(
                        new SchemaRegistryConfig.Builder().formatAssertionsEnabled(true).build())
                    .schemas(Map.of(RELEASE_SCHEMA_ID, release.toString())))
        .getSchema(read("release-package-schema.json").toString());
  }

  private static void merge(ObjectNode target, JsonNode patch) {
    for (Map.Entry<String, JsonNode> e : patch.properties()) {
      JsonNode existing = target.get(e.getKey());
      if (e.getValue().isNull()) {
        target.remove(e.getKey());
      } else if (existing instanceof ObjectNode o && e.getValue().isObject()) {
        merge(o, e.getValue());
      } else {
        target.set(e.getKey(), e.getValue());
      }
    }
  }

  private static JsonNode read(String file) {
    try (InputStream in = OpenContracting.class.getResourceAsStream("/standards/ocds/" + file)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
