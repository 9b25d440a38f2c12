package org.commissioninghub.payments;

import java.util.List;
import java.util.Map;

/** What users ask of the payments feature, as typed. Checked by {@link Payments}. */
public final class Commands {

  private Commands() {}

  /**
   * Generate the schedule of an award or a contract (the lines of the awards its lots are linked
   * to). {@code instrumentType} is AWARD or CONTRACT; {@code year} optionally limits the lines to
   * one financial year; {@code instalments} is used by INSTALMENTS only.
   */
  public record Schedule(
      String instrumentType,
      String instrument,
      String profile,
      String instalments,
      String year,
      String paymentClass,
      String costCentre,
      String conditions,
      String reasons) {}

  /** A payment made outside a run (e.g. by BACS on the day), optionally against an award line. */
  public record Record(
      String date,
      String amount,
      String payee,
      boolean individual,
      String reference,
      String stream,
      String costCentre,
      String purpose,
      String paymentClass,
      String award,
      String awardLine,
      String conditions,
      String reasons) {}

  public record Hold(String reason, String condition) {}

  /**
   * A payment run: the due payments (status due) due on or before {@code dueBy}, or only those
   * listed in {@code scheduled}, to be paid on {@code paymentDate}.
   */
  public record Run(String paymentDate, String dueBy, List<Long> scheduled) {}

  public record Limit(String username, String limit) {}

  /**
   * An import of actual payments from a finance-system CSV: {@code mapping} names, for each of
   * date, payee, amount, reference, purpose (required) and costCentre, stream, paymentClass,
   * individual (optional), the file's column that holds it.
   */
  public record Import(
      String fileName, String content, Map<String, String> mapping, String paymentClass) {}
}
