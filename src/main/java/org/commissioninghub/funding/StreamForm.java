package org.commissioninghub.funding;

import org.commissioninghub.shared.Money;

/** The funding stream form as posted. */
class StreamForm {

  private String source;
  private String holder;
  private String name;
  private String shortName;
  private String year;
  private String amount;
  private boolean ringfenced;
  private String ringfencePurpose;
  private String allowedUses;
  private String startDate;
  private String endDate;
  private String matchFunding;
  private String group;
  private Integer displayOrder;
  private String notes;
  private int version;

  static StreamForm from(FundingStreamView s, String holderPublicId) {
    StreamForm f = new StreamForm();
    f.source = s.sourcePublicId();
    f.holder = holderPublicId;
    f.name = s.name();
    f.shortName = s.shortName();
    f.year = s.year().label();
    f.amount = s.amount() == null ? null : s.amount().format();
    f.ringfenced = s.ringfenced();
    f.ringfencePurpose = s.ringfencePurpose();
    f.allowedUses = s.allowedUses();
    f.startDate = s.startDate() == null ? null : s.startDate().toString();
    f.endDate = s.endDate() == null ? null : s.endDate().toString();
    Money match = s.matchFunding();
    f.matchFunding = match == null ? null : match.format();
    f.group = s.group();
    f.displayOrder = s.displayOrder();
    f.notes = s.notes();
    f.version = s.version();
    return f;
  }

  FundingStreamRequest toRequest() {
    return new FundingStreamRequest(
        null,
        source,
        holder,
        name,
        shortName,
        year,
        amount,
        ringfenced,
        ringfencePurpose,
        allowedUses,
        startDate,
        endDate,
        matchFunding,
        group,
        displayOrder,
        notes);
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getHolder() {
    return holder;
  }

  public void setHolder(String holder) {
    this.holder = holder;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public boolean isRingfenced() {
    return ringfenced;
  }

  public void setRingfenced(boolean ringfenced) {
    this.ringfenced = ringfenced;
  }

  public String getRingfencePurpose() {
    return ringfencePurpose;
  }

  public void setRingfencePurpose(String ringfencePurpose) {
    this.ringfencePurpose = ringfencePurpose;
  }

  public String getAllowedUses() {
    return allowedUses;
  }

  public void setAllowedUses(String allowedUses) {
    this.allowedUses = allowedUses;
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

  public String getMatchFunding() {
    return matchFunding;
  }

  public void setMatchFunding(String matchFunding) {
    this.matchFunding = matchFunding;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public Integer getDisplayOrder() {
    return displayOrder;
  }

  public void setDisplayOrder(Integer displayOrder) {
    this.displayOrder = displayOrder;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
