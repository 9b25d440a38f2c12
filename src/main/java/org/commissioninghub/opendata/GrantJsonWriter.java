package org.commissioninghub.opendata;

import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a 360Giving package ({"grants": [...]}) one grant at a time, so any number of grants takes
 * the same memory.
 */
public final class GrantJsonWriter implements AutoCloseable {

  private static final JsonFactory JSON = new JsonFactory();

  private final JsonGenerator json;

  public GrantJsonWriter(OutputStream out) {
    json = JSON.createGenerator(ObjectWriteContext.empty(), out);
    json.writeStartObject();
    json.writeName("grants");
    json.writeStartArray();
  }

  public void write(Grant g) {
    json.writeStartObject();
    text("id", g.id());
    text("title", g.title());
    text("description", g.description());
    text("currency", g.currency());
    if (g.amountAwarded() != null) {
      json.writeName("amountAwarded");
      json.writeNumber(g.amountAwarded());
    }
    text("awardDate", g.awardDate());
    if (g.plannedStartDate() != null
        || g.plannedEndDate() != null
        || g.plannedDurationMonths() != null) {
      json.writeName("plannedDates");
      json.writeStartArray();
      json.writeStartObject();
      text("startDate", g.plannedStartDate());
      text("endDate", g.plannedEndDate());
      if (g.plannedDurationMonths() != null) {
        json.writeNumberProperty("duration", g.plannedDurationMonths().intValue());
      }
      json.writeEndObject();
      json.writeEndArray();
    }
    if (g.recipientOrgId() != null || g.recipientOrgName() != null) {
      json.writeName("recipientOrganization");
      json.writeStartArray();
      json.writeStartObject();
      text("id", g.recipientOrgId());
      text("name", g.recipientOrgName());
      text("charityNumber", g.recipientCharityNumber());
      text("companyNumber", g.recipientCompanyNumber());
      text("addressLocality", g.recipientCity());
      text("postalCode", g.recipientPostalCode());
      json.writeEndObject();
      json.writeEndArray();
    }
    if (g.beneficiaryLocationName() != null || g.beneficiaryGeoCode() != null) {
      json.writeName("beneficiaryLocation");
      json.writeStartArray();
      json.writeStartObject();
      text("name", g.beneficiaryLocationName());
      text("countryCode", g.beneficiaryCountryCode());
      text("geoCode", g.beneficiaryGeoCode());
      text("geoCodeType", g.beneficiaryGeoCodeType());
      json.writeEndObject();
      json.writeEndArray();
    }
    if (g.fundingOrgId() != null || g.fundingOrgName() != null) {
      json.writeName("fundingOrganization");
      json.writeStartArray();
      json.writeStartObject();
      text("id", g.fundingOrgId());
      text("name", g.fundingOrgName());
      text("department", g.fundingOrgDepartment());
      json.writeEndObject();
      json.writeEndArray();
    }
    if (g.programmeCode() != null || g.programmeTitle() != null) {
      json.writeName("grantProgramme");
      json.writeStartArray();
      json.writeStartObject();
      text("code", g.programmeCode());
      text("title", g.programmeTitle());
      json.writeEndObject();
      json.writeEndArray();
    }
    text("fromOpenCall", g.fromOpenCall());
    text("dateModified", g.dateModified());
    text("dataSource", g.dataSource());
    json.writeEndObject();
  }

  private void text(String name, String value) {
    if (value != null) {
      json.writeStringProperty(name, value);
    }
  }

  @Override
  public void close() {
    json.writeEndArray();
    json.writeEndObject();
    json.close();
  }
}
