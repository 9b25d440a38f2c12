package org.commissioninghub.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commissioninghub.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Sign-in accounts and their roles (app_user, app_user_role). */
@Repository
class UserRepository {

  /** What signing in needs of an account. */
  record Login(String username, String passwordHash, boolean enabled) {}

  /** Who a user is, for rules: the name shown and the organisation they belong to, if any. */
  record Person(String displayName, Long organisationId) {}

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<String> roles(String username) {
    return jdbc.sql(
            "SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?")
        .param(username)
        .query(String.class)
        .list();
  }

  Optional<Login> login(String username) {
    return jdbc.sql("SELECT username, password_hash, enabled FROM app_user WHERE username = ?")
        .param(username)
        .query(
            (rs, n) ->
                new Login(
                    rs.getString("username"),
                    rs.getString("password_hash"),
                    rs.getBoolean("enabled")))
        .optional();
  }

  Optional<Person> person(String username) {
    return jdbc.sql("SELECT display_name, organisation_id FROM app_user WHERE username = ?")
        .param(username)
        .query(
            (rs, n) ->
                new Person(
                    rs.getString("display_name"), rs.getObject("organisation_id", Long.class)))
        .optional();
  }

  List<String> enabledEmailsAt(long organisationId) {
    return jdbc.sql(
            "SELECT email FROM app_user WHERE organisation_id = ? AND enabled AND email IS NOT NULL ORDER BY email")
        .param(organisationId)
        .query(String.class)
        .list();
  }

  Optional<Long> organisationOf(String username) {
    return jdbc.sql(
            "SELECT organisation_id FROM app_user WHERE username = ? AND organisation_id IS NOT NULL")
        .param(username)
        .query(Long.class)
        .optional();
  }

  /** The enabled user whose email this is. */
  Optional<String> enabledUsernameByEmail(String email) {
    return jdbc.sql("SELECT username FROM app_user WHERE email = ? AND enabled")
        .param(email)
        .query(String.class)
        .optional();
  }

  boolean exists(String username) {
    return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?")
            .param(username)
            .query(Long.class)
            .single()
        > 0;
  }

  void insert(
      String username,
      String displayName,
      String passwordHash,
      Long organisationId,
      Set<Role> roles) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO app_user (username, display_name, password_hash, organisation_id) VALUES (?, ?, ?, ?)")
        .params(username, displayName, passwordHash, organisationId)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (Role role : roles) {
      jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)")
          .params(id, role.name())
          .update();
    }
  }

  /** An invited account: its email recorded, disabled until the invitation is accepted. */
  void markInvited(String username, String email) {
    jdbc.sql("UPDATE app_user SET email = ?, enabled = FALSE WHERE username = ?")
        .params(email, username)
        .update();
  }

  /** Sets the password and enables the account. */
  void setPassword(long userId, String passwordHash) {
    jdbc.sql("UPDATE app_user SET password_hash = ?, enabled = TRUE WHERE id = ?")
        .params(passwordHash, userId)
        .update();
  }

  Optional<String> totpSecret(String username) {
    return jdbc.sql("SELECT totp_secret FROM app_user WHERE username = ?")
        .param(username)
        .query(String.class)
        .optional();
  }

  void setTotpSecret(String username, String secret) {
    jdbc.sql("UPDATE app_user SET totp_secret = ? WHERE username = ?")
        .params(secret, username)
        .update();
  }
}
