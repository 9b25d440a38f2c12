package org.commissioninghub.organisations;

import java.time.LocalDate;

/** A policy an organisation holds, and when it was last reviewed. */
public record PolicyView(PolicyKind kind, LocalDate reviewedOn) {

  /** Funders accept a policy reviewed in the twelve months before the day it is relied on. */
  public static final int CURRENT_FOR_MONTHS = 12;

  public boolean isCurrentOn(LocalDate day) {
    return !reviewedOn.isAfter(day) && reviewedOn.isAfter(day.minusMonths(CURRENT_FOR_MONTHS));
  }
}
