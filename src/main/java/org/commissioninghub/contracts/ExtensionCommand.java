package org.commissioninghub.contracts;

import java.time.LocalDate;

/**
 * An extension decision, read and typed ({@link ExtensionRequest#toCommand()}); {@link
 * ContractLifecycle} checks it against the contract's term and options.
 *
 * @param period for an extension, how long; empty for the contract's usual extension period
 * @param decidedOn the day it was decided, or null for today
 * @param exceptionReasons why it goes beyond the contract's options, for an exception; else null
 */
public record ExtensionCommand(
    ExtensionOutcome outcome,
    Period period,
    Evidence evidence,
    LocalDate decidedOn,
    String exceptionReasons) {

  /** Whether the decision is recorded as an exception to the contract's options. */
  public boolean exception() {
    return exceptionReasons != null;
  }

  /**
   * How long an extension runs: a number of months, or the new end date (whole months from the end
   * in force), or neither for the contract's usual extension period.
   */
  public record Period(Integer months, LocalDate newEndDate) {}

  /** The evidence on the provider's performance, the service's quality and the funding. */
  public record Evidence(String performance, String quality, String funding) {}
}
