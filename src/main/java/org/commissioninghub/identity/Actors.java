package org.commissioninghub.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns the signed-in user into an {@link Actor} that other features can check rules against. */
@Component
public class Actors {

  private final UserRepository users;

  Actors(UserRepository users) {
    this.users = users;
  }

  @Transactional(readOnly = true)
  public Actor of(Authentication authentication) {
    Set<Role> roles =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("ROLE_"))
            .map(a -> a.substring(5))
            .flatMap(Role::read)
            .collect(Collectors.toSet());
    return byName(authentication.getName(), roles);
  }

  /**
   * The user as recorded, with the roles they hold (for work done on their behalf, e.g. import).
   */
  @Transactional(readOnly = true)
  public Actor byName(String username) {
    Set<Role> roles =
        users.roles(username).stream().flatMap(Role::read).collect(Collectors.toSet());
    return byName(username, roles);
  }

  private Actor byName(String username, Set<Role> roles) {
    return users
        .person(username)
        .map(p -> new Actor(username, p.displayName(), roles, p.organisationId()))
        .orElse(new Actor(username, username, roles, null));
  }
}
