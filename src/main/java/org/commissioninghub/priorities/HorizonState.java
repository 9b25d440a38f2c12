package org.commissioninghub.priorities;

import java.util.Set;

/** Where an issue on a horizon scan stands: live, or retired with its reason (for good). */
public enum HorizonState {
  LIVE,
  RETIRED;

  /** Whether an issue may move from this state to that one: the one table of moves. */
  public boolean canMoveTo(HorizonState to) {
    return next().contains(to);
  }

  private Set<HorizonState> next() {
    return switch (this) {
      case LIVE -> Set.of(RETIRED);
      case RETIRED -> Set.of();
    };
  }
}
