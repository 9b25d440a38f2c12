package org.commissioninghub.reporting;

import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * The statutory list of services funded from the MoJ victim-services grant (grant agreement s.3.2),
 * by category, with computed subtotals and grand total.
 */
public record MojRecipients(FinancialYear year, List<Category> categories) {

  /** A category of service and its recipient lines. */
  public record Category(String name, List<Recipient> recipients) {
    public Money subtotal() {
      return recipients.stream().map(Recipient::amount).reduce(Money.ZERO, Money::plus);
    }
  }

  /** One recipient line: organisation, the service, and the amount from this category. */
  public record Recipient(
      String organisationPublicId,
      String organisationName,
      String service,
      String awardPublicId,
      Money amount) {

    /** "Rising Sun and Choices - Pathways", as the annual report prints it. */
    public String label() {
      return service == null || service.isBlank() || service.equalsIgnoreCase(organisationName)
          ? organisationName
          : organisationName + " - " + service;
    }
  }

  public Money grandTotal() {
    return categories.stream().map(Category::subtotal).reduce(Money.ZERO, Money::plus);
  }

  public int lineCount() {
    return categories.stream().mapToInt(c -> c.recipients().size()).sum();
  }
}
