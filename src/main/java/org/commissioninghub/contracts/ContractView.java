package org.commissioninghub.contracts;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/** A procured service: who delivers it, for how long, with which yearly extension options. */
public record ContractView(
    long id,
    String publicId,
    String title,
    String serviceDescription,
    FinancialYear commissionedYear,
    LocalDate awardDate,
    LocalDate startDate,
    Integer initialTermMonths,
    LocalDate initialEndDate,
    Integer extensionMonths,
    int maxExtensions,
    Money annualValue,
    Money totalValue,
    PaymentFrequency paymentFrequency,
    ContractStatus status,
    LocalDate endedOn,
    String notes,
    ProcurementRoute procurementRoute,
    int noticeMonths,
    int recommissioningLeadMonths,
    RecommissioningStage recommissioningStage,
    List<ContractLotView> lots,
    int version,
    boolean victimService) {

  /**
   * The last day the contract could run if every extension option in the contract were taken, from
   * the initial end; {@link ContractTerm} gives the end in force and the latest possible end once
   * decisions (and exceptions) are counted.
   */
  public LocalDate latestPossibleEnd() {
    if (initialEndDate == null) {
      return null;
    }
    int months = extensionMonths == null ? 0 : extensionMonths * maxExtensions;
    return initialEndDate.plusDays(1).plusMonths(months).minusDays(1);
  }

  public String extensionOption() {
    if (maxExtensions == 0 || extensionMonths == null) {
      return "None";
    }
    String unit = extensionMonths == 12 ? "yearly" : "every " + extensionMonths + " months";
    return unit + ", up to " + maxExtensions + (maxExtensions == 1 ? " extension" : " extensions");
  }

  /** Sum of the lots' values, for contracts let in lots (e.g. two suppliers). */
  public Money lotsTotal() {
    return lots.stream()
        .map(ContractLotView::value)
        .filter(v -> v != null)
        .reduce(Money.ZERO, Money::plus);
  }
}
