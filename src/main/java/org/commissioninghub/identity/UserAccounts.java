package org.commissioninghub.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in accounts. Passwords are stored only as hashes. */
@Service
public class UserAccounts implements UserDetailsService {

  /**
   * After this many failed sign-ins in {@link #LOCK_WINDOW}, the account is locked for that long.
   */
  static final int MAX_FAILURES = 5;

  static final java.time.Duration LOCK_WINDOW = java.time.Duration.ofMinutes(15);

  private final UserRepository repository;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final java.time.Clock clock;

  UserAccounts(
      UserRepository repository, PasswordEncoder encoder, AuditLog audit, java.time.Clock clock) {
    this.repository = repository;
    this.encoder = encoder;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Counts failed sign-ins for the name typed, whether or not such a user exists, so a locked
   * account and an unknown name look the same from outside.
   */
  public boolean isLocked(String username) {
    return audit.countSince(
            "sign-in.failed", "sign-in", "user", username, clock.instant().minus(LOCK_WINDOW))
        >= MAX_FAILURES;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    List<SimpleGrantedAuthority> roles =
        repository.roles(username).stream()
            .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
            .toList();
    // Lock-out is read after the row is read: asking the audit trail while reading the row held
    // this connection while taking a second, and under load every pooled connection waited.
    User.UserBuilder user =
        repository
            .login(username)
            .map(
                login ->
                    User.withUsername(login.username())
                        .password(login.passwordHash())
                        .authorities(roles)
                        .disabled(!login.enabled()))
            .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    return user.accountLocked(isLocked(username)).build();
  }

  /** The email addresses of an organisation's enabled users, for notices such as reminders. */
  @Transactional(readOnly = true)
  public List<String> emailsAt(long organisationId) {
    return repository.enabledEmailsAt(organisationId);
  }

  /** The organisation a provider user belongs to; empty for OPCC staff. */
  @Transactional(readOnly = true)
  public Optional<Long> organisationOf(String username) {
    return repository.organisationOf(username);
  }

  @Transactional
  public void create(
      String username, String displayName, String rawPassword, Role role, Long organisationId) {
    create(username, displayName, rawPassword, Set.of(role), organisationId);
  }

  /** Creates a user with one or more roles; scoped roles need the organisation they belong to. */
  @Transactional
  public void create(
      String username,
      String displayName,
      String rawPassword,
      Set<Role> roles,
      Long organisationId) {
    if (roles.isEmpty()) {
      throw new ConflictException("USER-3", "A user needs at least one role");
    }
    if (roles.stream().anyMatch(Role::isScoped) && organisationId == null) {
      throw new ConflictException(
          "USER-1", "A provider user or CSP lead must belong to an organisation or partnership");
    }
    if (exists(username)) {
      throw new ConflictException("USER-2", "The username " + username + " is already taken");
    }
    repository.insert(username, displayName, encoder.encode(rawPassword), organisationId, roles);
    audit.record("user.created", "user", username, "roles " + roles);
  }

  @Transactional(readOnly = true)
  public boolean exists(String username) {
    return repository.exists(username);
  }

  /** The enabled user whose email this is (for sign-in through an identity provider). */
  @Transactional(readOnly = true)
  public Optional<String> enabledUsernameByEmail(String email) {
    return repository.enabledUsernameByEmail(email);
  }
}
