package org.commissioninghub.identity;

import java.util.Set;

/**
 * Where a personal access token stands. An active token expires by itself or is revoked by its
 * owner; an expired one may still be revoked (so the list says so); a revoked one is done.
 */
public enum TokenStatus {
  ACTIVE,
  EXPIRED,
  REVOKED;

  /** Whether a token may move from this status to that one: the one table of moves. */
  public boolean canMoveTo(TokenStatus to) {
    return next().contains(to);
  }

  private Set<TokenStatus> next() {
    return switch (this) {
      case ACTIVE -> Set.of(EXPIRED, REVOKED);
      case EXPIRED -> Set.of(REVOKED);
      case REVOKED -> Set.of();
    };
  }
}
