package org.commissioninghub.identity;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second factor. Outside the demo ({@code commissioning.security.enforce-two-factor}),
 * administrators, approvers and finance officers must set it up before they can do anything else.
 */
@Service
public class TwoFactor {

  private final UserRepository users;
  private final AuditLog audit;
  private final Clock clock;
  private final boolean enforced;
  private final Set<Role> requiredFor;

  TwoFactor(
      UserRepository users,
      AuditLog audit,
      Clock clock,
      @Value("${commissioning.security.enforce-two-factor}") boolean enforced,
      @Value("${commissioning.security.two-factor-roles}") List<String> requiredFor) {
    this.users = users;
    this.audit = audit;
    this.clock = clock;
    this.enforced = enforced;
    this.requiredFor =
        requiredFor.stream().map(String::strip).map(Role::valueOf).collect(Collectors.toSet());
  }

  @Transactional(readOnly = true)
  public boolean isEnabled(String username) {
    return secret(username) != null;
  }

  /** Whether this user must set up the second factor before going on. */
  public boolean mustEnrol(String username, Set<Role> roles) {
    return enforced && roles.stream().anyMatch(requiredFor::contains) && !isEnabled(username);
  }

  /** Turns the factor on once the user proves their app shows the right code for the secret. */
  @Transactional
  public void enable(String username, String secret, String code) {
    if (!Totp.verify(secret, code, clock.instant())) {
      throw InvalidInputException.of(
          "TOTP-1", "code", "That code is not right: enter the 6 digits your app shows now");
    }
    users.setTotpSecret(username, secret);
    audit.record("two-factor.enabled", "user", username, null);
  }

  boolean verify(String username, String code) {
    return Totp.verify(secret(username), code, clock.instant());
  }

  private String secret(String username) {
    return users.totpSecret(username).orElse(null);
  }
}
