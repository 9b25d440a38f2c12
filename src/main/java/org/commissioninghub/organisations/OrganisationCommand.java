package org.commissioninghub.organisations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.Problems;

/**
 * What a user asks to record about an organisation, as typed on the page, sent as the API's JSON
 * body or loaded by the demo. {@link #toCommand()} checks the shape.
 */
public record OrganisationCommand(
    String publicId,
    String name,
    String type,
    Set<String> roles,
    String charityNumber,
    String companyNumber,
    String orgIdentifier,
    String address,
    String postcode,
    String website,
    List<String> aliases) {

  private static final Pattern CHARITY =
      Pattern.compile("\\d{6,8}(-\\d{1,2})?|SC\\d{6}|NI\\d{5,6}|NIC\\d{6}");
  private static final Pattern COMPANY = Pattern.compile("[0-9]{8}|[A-Z]{2}[0-9]{6}");
  private static final Pattern ORG_ID =
      Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,8}-[A-Za-z0-9._-]+|360G-[A-Za-z0-9._-]+");
  private static final Pattern POSTCODE =
      Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

  /**
   * Checks every field's shape, normalising the identifiers (upper case, a company number padded to
   * 8, an org-id made from a charity or company number); names every field at fault. Whether the
   * org-id is taken, or the organisation is already recorded, is checked against the records.
   */
  public OrganisationDetails toCommand() {
    OrganisationCommand cmd = this;
    Problems problems = new Problems();
    String id = cmd.publicId() == null ? null : cmd.publicId().strip();
    if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,79}")) {
      problems.add("publicId", "Use lower-case letters, digits and hyphens for the id");
    }
    String name = trim(cmd.name());
    if (name == null) {
      problems.add("name", "Enter the organisation's name");
    } else if (name.length() > 300) {
      problems.add("name", "The name must be 300 characters or fewer");
    }
    OrganisationType type = null;
    if (trim(cmd.type()) == null) {
      problems.add("type", "Select the type of organisation");
    } else {
      type =
          problems.parse(
              "type",
              cmd.type().strip(),
              t -> Codes.parse(OrganisationType.class, t, "type of organisation"));
    }
    Set<OrganisationRole> roles = EnumSet.noneOf(OrganisationRole.class);
    for (String role : cmd.roles() == null ? Set.<String>of() : cmd.roles()) {
      OrganisationRole parsed =
          problems.parse(
              "roles",
              role == null ? "" : role,
              r -> Codes.parse(OrganisationRole.class, r, "role"));
      if (parsed != null) {
        roles.add(parsed);
      }
    }
    String charity = upper(cmd.charityNumber());
    if (charity != null && !CHARITY.matcher(charity).matches()) {
      problems.add(
          "charityNumber",
          "Enter a charity number like 1012345 (England and Wales), SC012345 or NI100123");
    }
    String company = upper(cmd.companyNumber());
    if (company != null && company.matches("\\d{1,7}")) {
      company = "0".repeat(8 - company.length()) + company;
    }
    if (company != null && !COMPANY.matcher(company).matches()) {
      problems.add(
          "companyNumber", "Enter a Companies House number of 8 characters, like 01234567");
    }
    String orgId = trim(cmd.orgIdentifier());
    if (orgId != null && !ORG_ID.matcher(orgId).matches()) {
      problems.add(
          "orgIdentifier",
          "Enter an org-id like GB-CHC-1012345 or GB-COH-01234567, or leave it blank");
    }
    if (orgId == null && charity != null && charity.matches("\\d{6,8}(-\\d{1,2})?")) {
      orgId = "GB-CHC-" + charity.replaceAll("-.*", "");
    } else if (orgId == null && company != null && COMPANY.matcher(company).matches()) {
      orgId = "GB-COH-" + company;
    }
    String postcode = upper(cmd.postcode());
    if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
      problems.add("postcode", "Enter a real postcode, like ME14 1XX");
    }
    String website = trim(cmd.website());
    if (website != null && !website.matches("https?://\\S+")) {
      problems.add("website", "Enter a web address starting with https://");
    }
    String address = trim(cmd.address());
    if (address != null && address.length() > 500) {
      problems.add("address", "The address must be 500 characters or fewer");
    }
    List<String> aliases = new ArrayList<>(new LinkedHashSet<>(cleanAliases(cmd.aliases(), name)));
    problems.throwIfAny("ORGANISATION-1");
    return new OrganisationDetails(
        id, name, type, roles, charity, company, orgId, address, postcode, website, aliases);
  }

  private static List<String> cleanAliases(List<String> raw, String name) {
    List<String> result = new ArrayList<>();
    for (String alias : raw == null ? List.<String>of() : raw) {
      String trimmed = trim(alias);
      if (trimmed != null && !trimmed.equals(name)) {
        result.add(trimmed);
      }
    }
    return result;
  }

  private static String trim(String text) {
    if (text == null) {
      return null;
    }
    String collapsed = text.strip().replaceAll("\\s+", " ");
    return collapsed.isEmpty() ? null : collapsed;
  }

  private static String upper(String text) {
    String trimmed = trim(text);
    return trimmed == null ? null : trimmed.toUpperCase(Locale.UK);
  }
}
