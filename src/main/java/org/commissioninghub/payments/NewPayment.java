package org.commissioninghub.payments;

import org.commissioninghub.shared.FinancialYear;

/**
 * A payment about to be written, in the parts each route fills: the transaction, who was paid, what
 * it is charged to, what is published about it, and where it came from.
 */
record NewPayment(
    Transaction transaction, Payee payee, Charge charge, Disclosure disclosure, Origin origin) {

  /** Who was paid: an organisation we know (then its name), or a name as written. */
  record Payee(Long organisationId, String name, boolean individual) {}

  /** What the payment is charged to: an award line, or a stream, or only a financial year. */
  record Charge(Long streamId, FinancialYear year, String awardPublicId, Long awardLineId) {

    static Charge toLine(String awardPublicId, long lineId, long streamId, FinancialYear year) {
      return new Charge(streamId, year, awardPublicId, lineId);
    }

    /** The award line a scheduled payment was made from. */
    static Charge of(ScheduledPaymentView s) {
      return toLine(s.awardPublicId(), s.awardLineId(), s.streamId(), s.year());
    }

    static Charge toStream(Long streamId, FinancialYear year) {
      return new Charge(streamId, year, null, null);
    }
  }

  /** Recorded by hand, paid in a run, or imported from the finance system. */
  record Origin(Long scheduledId, Long runId, Long importId) {

    static final Origin RECORDED = new Origin(null, null, null);

    static Origin run(long runId, long scheduledId) {
      return new Origin(scheduledId, runId, null);
    }

    static Origin imported(long importId, Long scheduledId) {
      return new Origin(scheduledId, null, importId);
    }
  }
}
