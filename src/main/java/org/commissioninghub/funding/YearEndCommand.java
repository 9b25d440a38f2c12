package org.commissioninghub.funding;

import java.time.LocalDate;
import org.commissioninghub.shared.Money;

/**
 * A year-end decision, read and typed ({@link YearEndRequest#toCommand()}); {@link Budgets} checks
 * it against what is left to decide.
 *
 * @param subject the budget line or the funding stream decided on
 * @param amount more than £0.00
 * @param toStream the public id of next year's stream money is carried to, or null
 * @param decidedOn the day it was decided, or null for today
 */
public record YearEndCommand(
    Subject subject,
    YearEndOutcome outcome,
    Money amount,
    String toStream,
    String reasons,
    LocalDate decidedOn) {

  /** What a year-end decision is on: a line of the PCC's budget or a funding stream. */
  public sealed interface Subject {

    /** A budget line, by its public id. */
    record Line(String publicId) implements Subject {}

    /** A funding stream, by its public id. */
    record Stream(String publicId) implements Subject {}
  }
}
