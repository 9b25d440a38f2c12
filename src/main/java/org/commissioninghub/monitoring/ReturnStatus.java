package org.commissioninghub.monitoring;

import java.util.Set;

/** Where a return is: owed, being filled in, signed off by the provider, or accepted. */
public enum ReturnStatus {
  DUE("Due"),
  DRAFT("Being filled in"),
  CERTIFIED("Certified, waiting for the commissioner"),
  SENT_BACK("Sent back"),
  ACCEPTED("Accepted");

  private final String label;

  ReturnStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the provider still owes the commissioner something for this return. */
  public boolean owed() {
    return this == DUE || this == DRAFT || this == SENT_BACK;
  }

  /**
   * Whether a return may move from this status to that one: the one table of moves. Saving makes an
   * owed return a draft; a draft is certified; a certified return is accepted or sent back; an owed
   * return an officer records from what the provider sent is accepted at once.
   */
  public boolean canMoveTo(ReturnStatus to) {
    return next().contains(to);
  }

  private Set<ReturnStatus> next() {
    return switch (this) {
      case DUE, SENT_BACK -> Set.of(DRAFT, ACCEPTED);
      case DRAFT -> Set.of(DRAFT, CERTIFIED, ACCEPTED);
      case CERTIFIED -> Set.of(ACCEPTED, SENT_BACK);
      case ACCEPTED -> Set.of();
    };
  }

  /** Whether the figures may still be changed: the provider owes the return. */
  public boolean changeable() {
    return canMoveTo(DRAFT);
  }

  /** Whether the commissioner may accept it or send it back: it has been certified. */
  public boolean reviewable() {
    return canMoveTo(SENT_BACK);
  }
}
