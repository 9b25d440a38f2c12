package org.commissioninghub.priorities;

/**
 * An in-year update whose shape is checked; blank note and summary are null.
 *
 * @param yearEndSummary the new summary, or null to keep the one recorded
 */
public record ActionUpdate(ActionStatus status, String note, String yearEndSummary) {

  /** Nothing said: no note and no summary. */
  boolean silent() {
    return note == null && yearEndSummary == null;
  }
}
