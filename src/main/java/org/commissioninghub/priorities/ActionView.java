package org.commissioninghub.priorities;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;

/** An action with its updates, newest first, and the action it was carried from. */
public record ActionView(
    long id,
    String planPublicId,
    String planVersion,
    long partnershipId,
    String partnershipName,
    String priority,
    FinancialYear year,
    String title,
    String owner,
    String partners,
    LocalDate targetDate,
    ActionStatus status,
    String yearEndSummary,
    Long carriedFromId,
    int version,
    List<Update> updates) {

  ActionView withUpdates(List<Update> newestFirst) {
    return new ActionView(
        id,
        planPublicId,
        planVersion,
        partnershipId,
        partnershipName,
        priority,
        year,
        title,
        owner,
        partners,
        targetDate,
        status,
        yearEndSummary,
        carriedFromId,
        version,
        newestFirst);
  }

  public record Update(
      ActionStatus status, String note, String writtenBy, OffsetDateTime writtenAt) {}
}
