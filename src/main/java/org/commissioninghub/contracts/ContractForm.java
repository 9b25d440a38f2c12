package org.commissioninghub.contracts;

import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.Money;

/** The contract form as posted, with up to three lots. */
class ContractForm {

  private String title;
  private String serviceDescription;
  private String commissionedYear;
  private String awardDate;
  private String startDate;
  private String initialTermMonths;
  private String initialEndDate;
  private String extensionMonths;
  private String maxExtensions;
  private String annualValue;
  private String totalValue;
  private String paymentFrequency;
  private String status = "ACTIVE";
  private String endedOn;
  private String notes;
  private String procurementRoute;
  private String noticeMonths = "6";
  private String recommissioningLeadMonths = "18";
  private String victimService = "false";
  private List<Lot> lots = new ArrayList<>(List.of(new Lot(), new Lot(), new Lot()));
  private int version;

  static ContractForm from(ContractView c) {
    ContractForm f = new ContractForm();
    f.title = c.title();
    f.serviceDescription = c.serviceDescription();
    f.commissionedYear = c.commissionedYear() == null ? null : c.commissionedYear().label();
    f.awardDate = text(c.awardDate());
    f.startDate = text(c.startDate());
    f.initialTermMonths = text(c.initialTermMonths());
    f.initialEndDate = text(c.initialEndDate());
    f.extensionMonths = text(c.extensionMonths());
    f.maxExtensions = String.valueOf(c.maxExtensions());
    f.annualValue = money(c.annualValue());
    f.totalValue = money(c.totalValue());
    f.paymentFrequency = c.paymentFrequency() == null ? null : c.paymentFrequency().name();
    f.status = c.status().name();
    f.endedOn = text(c.endedOn());
    f.notes = c.notes();
    f.procurementRoute = c.procurementRoute() == null ? null : c.procurementRoute().name();
    f.noticeMonths = String.valueOf(c.noticeMonths());
    f.recommissioningLeadMonths = String.valueOf(c.recommissioningLeadMonths());
    f.victimService = String.valueOf(c.victimService());
    f.lots = new ArrayList<>();
    for (ContractLotView lot : c.lots()) {
      Lot l = new Lot();
      l.setLotName(lot.lotName());
      l.setSupplier(lot.supplierPublicId());
      l.setValue(money(lot.value()));
      l.setAward(lot.awardPublicId());
      f.lots.add(l);
    }
    while (f.lots.size() < 3) {
      f.lots.add(new Lot());
    }
    f.version = c.version();
    return f;
  }

  ContractRequest toRequest() {
    List<ContractRequest.LotRequest> lotRequests = new ArrayList<>();
    for (Lot lot : lots) {
      if (!lot.isEmpty()) {
        lotRequests.add(
            new ContractRequest.LotRequest(lot.lotName, lot.supplier, lot.value, lot.award));
      }
    }
    return new ContractRequest(
        null,
        title,
        serviceDescription,
        commissionedYear,
        awardDate,
        startDate,
        initialTermMonths,
        initialEndDate,
        extensionMonths,
        maxExtensions,
        annualValue,
        totalValue,
        paymentFrequency,
        status,
        endedOn,
        notes,
        lotRequests,
        procurementRoute,
        noticeMonths,
        recommissioningLeadMonths,
        victimService);
  }

  public String getVictimService() {
    return victimService;
  }

  public void setVictimService(String victimService) {
    this.victimService = victimService;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String money(Money value) {
    return value == null ? null : value.format();
  }

  /** One lot row on the form. */
  public static class Lot {
    private String lotName;
    private String supplier;
    private String value;
    private String award;

    boolean isEmpty() {
      return (lotName == null || lotName.isBlank())
          && (supplier == null || supplier.isBlank())
          && (value == null || value.isBlank())
          && (award == null || award.isBlank());
    }

    public String getLotName() {
      return lotName;
    }

    public void setLotName(String lotName) {
      this.lotName = lotName;
    }

    public String getSupplier() {
      return supplier;
    }

    public void setSupplier(String supplier) {
      this.supplier = supplier;
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }

    public String getAward() {
      return award;
    }

    public void setAward(String award) {
      this.award = award;
    }
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

  public String getCommissionedYear() {
    return commissionedYear;
  }

  public void setCommissionedYear(String commissionedYear) {
    this.commissionedYear = commissionedYear;
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

  public String getInitialTermMonths() {
    return initialTermMonths;
  }

  public void setInitialTermMonths(String initialTermMonths) {
    this.initialTermMonths = initialTermMonths;
  }

  public String getInitialEndDate() {
    return initialEndDate;
  }

  public void setInitialEndDate(String initialEndDate) {
    this.initialEndDate = initialEndDate;
  }

  public String getExtensionMonths() {
    return extensionMonths;
  }

  public void setExtensionMonths(String extensionMonths) {
    this.extensionMonths = extensionMonths;
  }

  public String getMaxExtensions() {
    return maxExtensions;
  }

  public void setMaxExtensions(String maxExtensions) {
    this.maxExtensions = maxExtensions;
  }

  public String getAnnualValue() {
    return annualValue;
  }

  public void setAnnualValue(String annualValue) {
    this.annualValue = annualValue;
  }

  public String getTotalValue() {
    return totalValue;
  }

  public void setTotalValue(String totalValue) {
    this.totalValue = totalValue;
  }

  public String getPaymentFrequency() {
    return paymentFrequency;
  }

  public void setPaymentFrequency(String paymentFrequency) {
    this.paymentFrequency = paymentFrequency;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(String endedOn) {
    this.endedOn = endedOn;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getProcurementRoute() {
    return procurementRoute;
  }

  public void setProcurementRoute(String procurementRoute) {
    this.procurementRoute = procurementRoute;
  }

  public String getNoticeMonths() {
    return noticeMonths;
  }

  public void setNoticeMonths(String noticeMonths) {
    this.noticeMonths = noticeMonths;
  }

  public String getRecommissioningLeadMonths() {
    return recommissioningLeadMonths;
  }

  public void setRecommissioningLeadMonths(String recommissioningLeadMonths) {
    this.recommissioningLeadMonths = recommissioningLeadMonths;
  }

  public List<Lot> getLots() {
    return lots;
  }

  public void setLots(List<Lot> lots) {
    this.lots = lots;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
