package org.commissioninghub.decisions;

import java.util.Set;

/**
 * Where an offer (a grant offer or a continuation offer) is: waiting for the applicant's answer,
 * accepted or declined. An offer is answered once.
 */
public enum OfferAnswer {
  AWAITING,
  ACCEPTED,
  DECLINED;

  /** The answer an offer has, from when it was answered and what was said. */
  public static OfferAnswer of(Object respondedAt, Boolean accepted) {
    if (respondedAt == null) {
      return AWAITING;
    }
    return Boolean.TRUE.equals(accepted) ? ACCEPTED : DECLINED;
  }

  /** The answer given: accept or decline. */
  public static OfferAnswer given(boolean accept) {
    return accept ? ACCEPTED : DECLINED;
  }

  /** Whether an offer may move from this answer to that one: the one table of moves. */
  public boolean canMoveTo(OfferAnswer to) {
    return next().contains(to);
  }

  private Set<OfferAnswer> next() {
    return switch (this) {
      case AWAITING -> Set.of(ACCEPTED, DECLINED);
      case ACCEPTED, DECLINED -> Set.of();
    };
  }
}
