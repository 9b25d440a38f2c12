package org.commissioninghub.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.contracts.ContractLotView;
import org.commissioninghub.contracts.ContractView;
import org.commissioninghub.contracts.Contracts;
import org.commissioninghub.shared.Money;
import org.springframework.stereotype.Component;

/** The registers the Specified Information Order has the office publish, read from the payments. */
@Component
class PublicRegisters {

  private final PaymentRepository repository;
  private final Contracts contracts;

  PublicRegisters(PaymentRepository repository, Contracts contracts) {
    this.repository = repository;
    this.contracts = contracts;
  }

  /**
   * Every payment strictly over £500, oldest first: expenditure (para 3(g)) and, as the OPCC's own
   * published lists do (seeds/001), crime and disorder reduction grants too, marked as such; the
   * grants are also published with their conditions under para 3(f).
   */
  List<PaymentView> spendOver500() {
    return repository.paymentsOver(Payments.SPEND_THRESHOLD);
  }

  /** Para 3(f): every crime and disorder reduction grant payment, oldest first. */
  List<PaymentView> crimeReductionGrants() {
    List<PaymentView> grants =
        new ArrayList<>(repository.payments(null, PaymentClass.CDR_GRANT, null, null, null));
    grants.sort(java.util.Comparator.comparing(PaymentView::date).thenComparing(PaymentView::id));
    return grants;
  }

  /**
   * Contracts with their value (the total value, else the annual value, else the sum of the lots)
   * and parties; {@link ContractEntry#overThreshold()} splits the register at £10,000.
   */
  List<ContractEntry> contractsRegister() {
    List<ContractEntry> entries = new ArrayList<>();
    for (ContractView c : contracts.list()) {
      Money value;
      String basis;
      if (c.totalValue() != null) {
        value = c.totalValue();
        basis = "Total value";
      } else if (c.annualValue() != null) {
        value = c.annualValue();
        basis = "Annual value";
      } else if (c.lotsTotal().isPositive()) {
        value = c.lotsTotal();
        basis = "Sum of the lots";
      } else {
        value = null;
        basis = "Not recorded";
      }
      String parties =
          String.join(
              "; ", c.lots().stream().map(ContractLotView::supplierName).distinct().toList());
      LocalDate end = c.endedOn() != null ? c.endedOn() : c.initialEndDate();
      entries.add(
          new ContractEntry(
              c.publicId(),
              c.title(),
              parties.isEmpty() ? "Not recorded" : parties,
              value,
              basis,
              c.serviceDescription(),
              c.startDate(),
              end));
    }
    return entries;
  }
}
