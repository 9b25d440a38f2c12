package org.commissioninghub.contracts;

import java.util.List;

/** A contract as typed or imported; checked before it is stored. */
public record ContractCommand(
    String publicId,
    String title,
    String serviceDescription,
    String commissionedYear,
    String awardDate,
    String startDate,
    String initialTermMonths,
    String initialEndDate,
    String extensionMonths,
    String maxExtensions,
    String annualValue,
    String totalValue,
    String paymentFrequency,
    String status,
    String endedOn,
    String notes,
    List<LotCommand> lots,
    String procurementRoute,
    String noticeMonths,
    String recommissioningLeadMonths,
    String victimService) {

  /** A contract without a procurement route, with the default notice and lead times. */
  public ContractCommand(
      String publicId,
      String title,
      String serviceDescription,
      String commissionedYear,
      String awardDate,
      String startDate,
      String initialTermMonths,
      String initialEndDate,
      String extensionMonths,
      String maxExtensions,
      String annualValue,
      String totalValue,
      String paymentFrequency,
      String status,
      String endedOn,
      String notes,
      List<LotCommand> lots) {
    this(
        publicId,
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
        lots,
        null,
        null,
        null,
        null);
  }

  /** One lot: a supplier (organisation id), its value and the award that funds it. */
  public record LotCommand(String lotName, String supplier, String value, String award) {}
}
