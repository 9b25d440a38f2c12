package org.commissioninghub.organisations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** The organisation form as the browser posts it, checked by {@link OrganisationCommand}. */
class OrganisationForm {

  private String name;
  private String type;
  private List<String> roles = new ArrayList<>();
  private String charityNumber;
  private String companyNumber;
  private String orgIdentifier;
  private String address;
  private String postcode;
  private String website;
  private String aliases;
  private boolean confirmDuplicate;
  private int version;

  static OrganisationForm from(OrganisationView org) {
    OrganisationForm form = new OrganisationForm();
    form.name = org.name();
    form.type = org.type().name();
    form.roles = new ArrayList<>(org.roles().stream().map(Enum::name).toList());
    form.charityNumber = org.charityNumber();
    form.companyNumber = org.companyNumber();
    form.orgIdentifier = org.orgIdentifier();
    form.address = org.address();
    form.postcode = org.postcode();
    form.website = org.website();
    form.aliases = String.join("\n", org.aliases());
    form.version = org.version();
    return form;
  }

  /** The form as typed, its shape checked: refused naming every field at fault. */
  OrganisationDetails toCommand() {
    List<String> aliasList =
        aliases == null
            ? List.of()
            : Arrays.stream(aliases.split("\\R"))
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .toList();
    return new OrganisationCommand(
            null,
            name,
            type,
            new LinkedHashSet<>(roles == null ? List.of() : roles),
            charityNumber,
            companyNumber,
            orgIdentifier,
            address,
            postcode,
            website,
            aliasList)
        .toCommand();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public String getCharityNumber() {
    return charityNumber;
  }

  public void setCharityNumber(String charityNumber) {
    this.charityNumber = charityNumber;
  }

  public String getCompanyNumber() {
    return companyNumber;
  }

  public void setCompanyNumber(String companyNumber) {
    this.companyNumber = companyNumber;
  }

  public String getOrgIdentifier() {
    return orgIdentifier;
  }

  public void setOrgIdentifier(String orgIdentifier) {
    this.orgIdentifier = orgIdentifier;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getAliases() {
    return aliases;
  }

  public void setAliases(String aliases) {
    this.aliases = aliases;
  }

  public boolean isConfirmDuplicate() {
    return confirmDuplicate;
  }

  public void setConfirmDuplicate(boolean confirmDuplicate) {
    this.confirmDuplicate = confirmDuplicate;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
