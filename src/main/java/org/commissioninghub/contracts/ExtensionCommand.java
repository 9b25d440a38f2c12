package org.commissioninghub.contracts;

/**
 * An extension decision as typed: the outcome, the period (months, or the new end date), the
 * evidence on performance, quality and funding, when it was decided (today when blank) and, for an
 * extension beyond the contract's options, that it is an exception and why.
 */
public record ExtensionCommand(
    String outcome,
    String months,
    String newEndDate,
    String performance,
    String quality,
    String funding,
    String decidedOn,
    boolean exception,
    String exceptionReasons) {}
