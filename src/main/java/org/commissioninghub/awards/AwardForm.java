package org.commissioninghub.awards;

import java.util.List;

/**
 * The award form as posted, with getters for the page; it only builds the {@link AwardRequest}. A
 * new award may carry its first line.
 */
class AwardForm {

  private String organisation;
  private String kind = "GRANT";
  private String title;
  private String serviceDescription;
  private String programme;
  private String status = "PROPOSED";
  private String awardDate;
  private String startDate;
  private String endDate;
  private String predecessor;
  private String stream;
  private String category;
  private String amount;
  private int version;

  static AwardForm from(AwardView a) {
    AwardForm f = new AwardForm();
    f.organisation = a.organisationPublicId();
    f.kind = a.kind().name();
    f.title = a.title();
    f.serviceDescription = a.serviceDescription();
    f.programme = a.programme();
    f.status = a.status().name();
    f.awardDate = a.awardDate() == null ? null : a.awardDate().toString();
    f.startDate = a.startDate() == null ? null : a.startDate().toString();
    f.endDate = a.endDate() == null ? null : a.endDate().toString();
    f.predecessor = a.predecessorPublicId();
    f.version = a.version();
    return f;
  }

  AwardRequest toRequest(boolean withFirstLine) {
    List<AwardLineRequest> lines =
        withFirstLine && !(blank(stream) && blank(amount))
            ? List.of(new AwardLineRequest(stream, null, category, amount, null))
            : List.of();
    return new AwardRequest(
        null,
        organisation,
        kind,
        title,
        serviceDescription,
        programme,
        status,
        awardDate,
        startDate,
        endDate,
        predecessor,
        lines);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getServiceDescription() {
    return serviceDescription;
  }

  public void setServiceDescription(String serviceDescription) {
    this.serviceDescription = serviceDescription;
  }

  public String getProgramme() {
    return programme;
  }

  public void setProgramme(String programme) {
    this.programme = programme;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getAwardDate() {
    return awardDate;
  }

  public void setAwardDate(String awardDate) {
    this.awardDate = awardDate;
  }

  public String getStartDate() {
    return startDate;
  }

  public void setStartDate(String startDate) {
    this.startDate = startDate;
  }

  public String getEndDate() {
    return endDate;
  }

  public void setEndDate(String endDate) {
    this.endDate = endDate;
  }

  public String getPredecessor() {
    return predecessor;
  }

  public void setPredecessor(String predecessor) {
    this.predecessor = predecessor;
  }

  public String getStream() {
    return stream;
  }

  public void setStream(String stream) {
    this.stream = stream;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
