package org.commissioninghub.payments;

import java.time.LocalDate;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * A payment made: what was paid, to whom, from which stream, for what, under which class. {@code
 * individual} is true when the payment was flagged as to an individual or the payee organisation is
 * of type INDIVIDUAL.
 */
public record PaymentView(
    long id,
    LocalDate date,
    Money amount,
    Long payeeOrganisationId,
    String payeeName,
    boolean individual,
    String reference,
    Long streamId,
    String streamName,
    FinancialYear year,
    String costCentre,
    String purpose,
    PaymentClass paymentClass,
    String conditions,
    String reasons,
    String awardPublicId,
    Long awardLineId,
    Long scheduledPaymentId,
    Long runId,
    Long importId,
    String recordedBy) {

  public static final String WITHHELD = "Individual (name withheld)";

  /** The payee as published: an individual's name is never published. */
  public String publishedPayee() {
    return individual ? WITHHELD : payeeName;
  }
}
