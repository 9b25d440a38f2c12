package org.commissioninghub.applications;

import java.util.Set;

/** Where an application is, from draft to the applicant's answer to an offer. */
public enum ApplicationStatus {
  DRAFT("Draft"),
  SUBMITTED("Submitted"),
  ELIGIBLE("Passed screening"),
  INELIGIBLE("Not eligible"),
  APPROVED("Approved"),
  REJECTED("Unsuccessful"),
  OFFERED("Offered"),
  ACCEPTED("Accepted"),
  DECLINED("Offer declined"),
  WITHDRAWN("Withdrawn");

  private final String label;

  ApplicationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Still waiting for a decision: nothing final has happened to it. */
  public boolean isUndecided() {
    return this == SUBMITTED || this == ELIGIBLE;
  }

  /** Money has been approved (whether or not the offer is yet accepted). */
  public boolean isApproved() {
    return this == APPROVED || this == OFFERED || this == ACCEPTED;
  }

  public boolean canWithdraw() {
    return this == DRAFT || this == SUBMITTED || this == ELIGIBLE;
  }

  /** Whether an application may move from this status to that one: the one table of moves. */
  public boolean canMoveTo(ApplicationStatus to) {
    return next().contains(to);
  }

  private Set<ApplicationStatus> next() {
    return switch (this) {
      case DRAFT -> Set.of(SUBMITTED, WITHDRAWN);
      case SUBMITTED -> Set.of(ELIGIBLE, INELIGIBLE, WITHDRAWN);
      case ELIGIBLE -> Set.of(APPROVED, REJECTED, WITHDRAWN);
      case APPROVED -> Set.of(OFFERED);
      case OFFERED -> Set.of(ACCEPTED, DECLINED);
      default -> Set.of();
    };
  }
}
