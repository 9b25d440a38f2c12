package org.commissioninghub.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A recorded decision on extending a contract. The decision deadline is the end in force when it
 * was made minus the contract's notice period; a decision recorded after it is kept but flagged
 * late. An extension beyond the contract's options is an exception: it counts only once a second
 * person has approved it.
 */
public record ExtensionDecision(
    long id,
    int number,
    ExtensionOutcome outcome,
    LocalDate previousEnd,
    Integer months,
    LocalDate newEnd,
    String performance,
    String quality,
    String funding,
    String decidedBy,
    LocalDate decidedOn,
    LocalDate deadline,
    boolean late,
    boolean exception,
    String exceptionReasons,
    ExceptionApproval approval,
    String approvedBy,
    LocalDate approvedOn,
    String approvalNote,
    OffsetDateTime recordedAt) {

  /** Whether this decision moves the contract's end: an extension, approved if an exception. */
  public boolean extendsTerm() {
    return outcome == ExtensionOutcome.EXTEND
        && (approval == ExceptionApproval.NOT_NEEDED || approval == ExceptionApproval.APPROVED);
  }

  /** The first day of the extended period. */
  public LocalDate periodStart() {
    return previousEnd.plusDays(1);
  }
}
