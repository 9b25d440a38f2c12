package org.commissioninghub.awards;

import java.util.Set;

/** Where an award is in its life. Each status names the statuses it may move on to. */
public enum AwardStatus {
  PROPOSED("Proposed"),
  APPROVED("Approved"),
  ACTIVE("Active"),
  ENDED("Ended");

  private final String label;

  AwardStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public Set<AwardStatus> next() {
    return switch (this) {
      case PROPOSED -> Set.of(APPROVED);
      case APPROVED -> Set.of(ACTIVE, ENDED);
      case ACTIVE -> Set.of(ENDED);
      case ENDED -> Set.of();
    };
  }

  public boolean canMoveTo(AwardStatus target) {
    return target == this || next().contains(target);
  }
}
