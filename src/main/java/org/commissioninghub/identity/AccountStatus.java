package org.commissioninghub.identity;

import java.util.Set;

/**
 * Where a sign-in account stands: invited (disabled, no usable password) until the person sets a
 * password through the invitation; then active.
 */
public enum AccountStatus {
  INVITED,
  ACTIVE;

  /** Whether an account may move from this status to that one: the one table of moves. */
  public boolean canMoveTo(AccountStatus to) {
    return next().contains(to);
  }

  private Set<AccountStatus> next() {
    return switch (this) {
      case INVITED -> Set.of(ACTIVE);
      case ACTIVE -> Set.of();
    };
  }
}
