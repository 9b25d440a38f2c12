package org.commissioninghub.monitoring;

import java.time.LocalDate;

/** A return an award owes for a quarter, as the board and the provider see it. */
public record MonitoringReturnView(
    long id,
    String awardPublicId,
    String awardTitle,
    long organisationId,
    String organisationName,
    String templateCode,
    ReturnPeriod period,
    LocalDate dueOn,
    ReturnStatus status) {

  /** Owed and past its due date on the given day. */
  public boolean overdueOn(LocalDate day) {
    return status.owed() && day.isAfter(dueOn);
  }

  /** Whole days late on the given day; 0 when not overdue. */
  public long daysLate(LocalDate day) {
    return overdueOn(day) ? java.time.temporal.ChronoUnit.DAYS.between(dueOn, day) : 0;
  }
}
