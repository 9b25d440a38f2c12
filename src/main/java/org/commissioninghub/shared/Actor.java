package org.commissioninghub.shared;

import java.util.Set;

/**
 * Who is doing something: the signed-in user's name, roles (e.g. {@link Role#OFFICER}) and, for a
 * provider user or CSP lead, the organisation they belong to.
 */
public record Actor(String username, String displayName, Set<Role> roles, Long organisationId) {

  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** A provider user or CSP lead, who sees only their own organisation's records. */
  public boolean isScoped() {
    return organisationId != null && roles.stream().allMatch(Role::isScoped);
  }

  /** Whether this user may see records belonging to the organisation. */
  public boolean maySee(long organisationId) {
    return !isScoped() || this.organisationId == organisationId;
  }
}
