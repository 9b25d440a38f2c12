package org.commissioninghub.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
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

  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final java.time.Clock clock;

  UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, java.time.Clock clock) {
    this.jdbc = jdbc;
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
        jdbc
            .sql(
                "SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?")
            .param(username)
            .query(String.class)
            .list()
            .stream()
            .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
            .toList();
    // Lock-out is read after the row is mapped: asking the audit trail from inside the row mapper
    // held this connection while taking a second, and under load every pooled connection waited.
    User.UserBuilder user =
        jdbc.sql("SELECT username, password_hash, enabled FROM app_user WHERE username = ?")
            .param(username)
            .query(
                (rs, n) ->
                    User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .authorities(roles)
                        .disabled(!rs.getBoolean("enabled")))
            .optional()
            .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    return user.accountLocked(isLocked(username)).build();
  }

  /** The email addresses of an organisation's enabled users, for notices such as reminders. */
  @Transactional(readOnly = true)
  public List<String> emailsAt(long organisationId) {
    return jdbc.sql(
            "SELECT email FROM app_user WHERE organisation_id = ? AND enabled AND email IS NOT NULL ORDER BY email")
        .param(organisationId)
        .query(String.class)
        .list();
  }

  /** The organisation a provider user belongs to; empty for OPCC staff. */
  @Transactional(readOnly = true)
  public Optional<Long> organisationOf(String username) {
    return jdbc.sql(
            "SELECT organisation_id FROM app_user WHERE username = ? AND organisation_id IS NOT NULL")
        .param(username)
        .query(Long.class)
        .optional();
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
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO app_user (username, display_name, password_hash, organisation_id) VALUES (?, ?, ?, ?)")
        .params(username, displayName, encoder.encode(rawPassword), organisationId)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (Role role : roles) {
      jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)")
          .params(id, role.name())
          .update();
    }
    audit.record("user.created", "user", username, "roles " + roles);
  }

  @Transactional(readOnly = true)
  public boolean exists(String username) {
    return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?")
            .param(username)
            .query(Long.class)
            .single()
        > 0;
  }
}
