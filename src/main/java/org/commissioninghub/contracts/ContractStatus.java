package org.commissioninghub.contracts;

/** Where a contract is in its life. */
public enum ContractStatus {
  PLANNED("Planned"),
  ACTIVE("Active"),
  EXTENDED("Extended"),
  ENDED("Ended");

  private final String label;

  ContractStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Whether a contract may move from this status to that one: the one table of moves, used where
   * the status is written (the contract's form and API, and an extension that takes effect). A
   * planned contract starts or is ended without starting; a running one is extended or ends; an
   * extended one ends; an ended contract stays ended (it is not made active or extended again: a
   * new service is a new contract). Staying in the same status is not a move.
   */
  public boolean canMoveTo(ContractStatus to) {
    return switch (this) {
      case PLANNED -> to == ACTIVE || to == ENDED;
      case ACTIVE -> to == EXTENDED || to == ENDED;
      case EXTENDED -> to == ENDED;
      case ENDED -> false;
    };
  }

  /** Whether a contract in this status may be in that one next: the same, or a move allowed. */
  public boolean mayBecome(ContractStatus to) {
    return this == to || canMoveTo(to);
  }

  /** Why the move is refused, in words for the person who asked for it. */
  String refusal(ContractStatus to) {
    String now =
        switch (this) {
          case PLANNED -> "has not started";
          case ACTIVE -> "is active";
          case EXTENDED -> "has been extended";
          case ENDED -> "has ended";
        };
    String then =
        switch (to) {
          case PLANNED -> "put back to planned";
          case ACTIVE -> "made active";
          case EXTENDED -> "extended";
          case ENDED -> "ended";
        };
    return "This contract " + now + " and cannot be " + then;
  }
}
