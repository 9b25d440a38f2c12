package org.commissioninghub.contracts;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * A contract, read and typed ({@link ContractRequest#toCommand()}), its term arithmetic checked;
 * {@link Contracts} resolves each lot's supplier and award.
 *
 * @param publicId the id asked for, or null to make one from the title
 * @param lots null when a change leaves the lots as they are
 */
public record ContractCommand(
    String publicId,
    Details details,
    Term term,
    Value value,
    ContractStatus status,
    LocalDate endedOn,
    List<Lot> lots) {

  /**
   * What the contract is for and how it was procured.
   *
   * @param victimService null when not said: a change keeps what the contract says, a new one is
   *     not a victims' service
   */
  public record Details(
      String title,
      String serviceDescription,
      FinancialYear commissionedYear,
      LocalDate awardDate,
      String notes,
      ProcurementRoute procurementRoute,
      Boolean victimService) {}

  /**
   * When the contract runs: the initial term (months and end date agree), its extension options,
   * and the notice and re-commissioning lead in months (null when not said).
   */
  public record Term(
      LocalDate start,
      Integer initialTermMonths,
      LocalDate initialEnd,
      Integer extensionMonths,
      int maxExtensions,
      Integer noticeMonths,
      Integer recommissioningLeadMonths) {}

  /** What the contract is worth and how often it pays; each may be unknown. */
  public record Value(Money annual, Money total, PaymentFrequency paymentFrequency) {}

  /** One lot: its name, its supplier's public id, its value and the award that funds it. */
  public record Lot(String name, String supplier, Money value, String award) {}

  /**
   * The command with what it leaves unsaid settled: the notice, lead and victims' flag of the
   * contract as it stands ({@code existing}, for a change), else the defaults.
   */
  ContractCommand settled(ContractView existing) {
    Term settledTerm =
        new Term(
            term.start(),
            term.initialTermMonths(),
            term.initialEnd(),
            term.extensionMonths(),
            term.maxExtensions(),
            term.noticeMonths() != null
                ? term.noticeMonths()
                : existing != null ? existing.noticeMonths() : ContractTerm.DEFAULT_NOTICE_MONTHS,
            term.recommissioningLeadMonths() != null
                ? term.recommissioningLeadMonths()
                : existing != null
                    ? existing.recommissioningLeadMonths()
                    : RecommissioningPlan.DEFAULT_LEAD_MONTHS);
    Details settledDetails =
        new Details(
            details.title(),
            details.serviceDescription(),
            details.commissionedYear(),
            details.awardDate(),
            details.notes(),
            details.procurementRoute(),
            details.victimService() != null
                ? details.victimService()
                : existing != null && existing.victimService());
    return new ContractCommand(publicId, settledDetails, settledTerm, value, status, endedOn, lots);
  }
}
