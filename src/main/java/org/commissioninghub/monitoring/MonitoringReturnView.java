package org.commissioninghub.monitoring;

import java.time.LocalDate;
import org.commissioninghub.shared.Actor;

/**
 * A return a service owes for a quarter, as the board and the provider see it.
 *
 * @param organisationId null for a contract whose provider the source does not name
 * @param recordedNote set when an officer recorded a return the provider sent outside the system
 */
public record MonitoringReturnView(
    long id,
    long serviceId,
    String awardPublicId,
    String contractPublicId,
    String serviceName,
    Long organisationId,
    String organisationName,
    String templateCode,
    ReturnPeriod period,
    LocalDate dueOn,
    ReturnStatus status,
    Rag rag,
    String ragReason,
    String recordedNote) {

  /** Owed and past its due date on the given day. */
  public boolean overdueOn(LocalDate day) {
    return status.owed() && day.isAfter(dueOn);
  }

  /** Whole days late on the given day; 0 when not overdue. */
  public long daysLate(LocalDate day) {
    return overdueOn(day) ? java.time.temporal.ChronoUnit.DAYS.between(dueOn, day) : 0;
  }

  public String provider() {
    return organisationName == null ? "Provider not named" : organisationName;
  }

  /** The award's or contract's id. */
  public String reference() {
    return awardPublicId != null ? awardPublicId : contractPublicId;
  }

  /** Officers see every return; a provider user only its own organisation's. */
  public boolean visibleTo(Actor actor) {
    return !actor.isScoped()
        || (organisationId != null && organisationId.equals(actor.organisationId()));
  }
}
