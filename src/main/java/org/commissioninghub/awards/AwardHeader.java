package org.commissioninghub.awards;

import java.time.LocalDate;

/**
 * An award's details, read and typed ({@link AwardRequest#toHeader()}): everything but its id and
 * lines. {@link Awards} resolves the organisation and the predecessor.
 *
 * @param organisation the receiving organisation's public id
 * @param predecessor the public id of the award this one continues, or null
 */
public record AwardHeader(
    String organisation,
    AwardKind kind,
    String title,
    String serviceDescription,
    String programme,
    AwardStatus status,
    Dates dates,
    String predecessor) {

  /** When the award was made, and when its service starts and ends; each may be unknown. */
  public record Dates(LocalDate awarded, LocalDate start, LocalDate end) {

    public static final Dates NONE = new Dates(null, null, null);
  }
}
