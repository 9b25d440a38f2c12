package org.commissioninghub.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: created by a user for an integration, shown once, stored hashed, acting
 * with that user's roles and scope, expiring and revocable.
 */
@Service
public class ApiTokens {

  static final String PREFIX = "chub_";
  static final int MAX_DAYS = 366;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** A token as listed to its owner: never the secret itself. */
  public record TokenView(
      long id,
      String name,
      String prefix,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt,
      OffsetDateTime revokedAt,
      OffsetDateTime lastUsedAt) {

    public boolean usable(OffsetDateTime now) {
      return revokedAt == null && expiresAt.isAfter(now);
    }
  }

  /** Creates a token and returns the secret, which is never shown again. */
  @Transactional
  public String create(String username, String name, int days) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw InvalidInputException.of(
          "TOKEN-1",
          "name",
          "Name the token after the integration that will use it (100 characters at most)");
    }
    if (days < 1 || days > MAX_DAYS) {
      throw InvalidInputException.of(
          "TOKEN-1", "days", "A token can last from 1 to " + MAX_DAYS + " days");
    }
    String secret = Secrets.newSecret(PREFIX);
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql(
            """
            INSERT INTO api_token (user_id, name, token_hash, prefix, created_at, expires_at)
            SELECT id, ?, ?, ?, ?, ? FROM app_user WHERE username = ?""")
        .params(
            name.strip(),
            Secrets.hash(secret),
            secret.substring(0, 12),
            now,
            now.plus(Duration.ofDays(days)),
            username)
        .update();
    audit.record(
        "api-token.created", "user", username, name.strip() + ", expires in " + days + " days");
    return secret;
  }

  @Transactional(readOnly = true)
  public List<TokenView> of(String username) {
    return jdbc.sql(
            """
            SELECT t.id, t.name, t.prefix, t.created_at, t.expires_at, t.revoked_at, t.last_used_at
            FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = ? ORDER BY t.id DESC""")
        .param(username)
        .query(
            (rs, n) ->
                new TokenView(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class),
                    rs.getObject(5, OffsetDateTime.class),
                    rs.getObject(6, OffsetDateTime.class),
                    rs.getObject(7, OffsetDateTime.class)))
        .list();
  }

  @Transactional
  public void revoke(String username, long id) {
    int changed =
        jdbc.sql(
                """
                UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL
                  AND user_id = (SELECT id FROM app_user WHERE username = ?)""")
            .params(OffsetDateTime.now(clock), id, username)
            .update();
    if (changed == 0) {
      throw new NotFoundException("token", String.valueOf(id));
    }
    audit.record("api-token.revoked", "user", username, "token " + id);
  }

  /**
   * Puts a refused token on the audit trail: only its first characters (the prefix shown to its
   * owner), never the secret. Successful use is kept as the token's last-used time instead.
   */
  public void recordRefused(String secret) {
    // Anything else sent as a token may be a password pasted by mistake: not written down.
    String shown =
        secret.startsWith(PREFIX) && secret.length() >= 12
            ? secret.substring(0, 12).replaceAll("[^A-Za-z0-9_-]", "?")
            : "not-a-token";
    audit.recordFor(
        "unknown", "api-token.refused", "api-token", shown, "unknown, expired or revoked token");
  }

  /** The username a presented token acts for, if it is known, unexpired and not revoked. */
  @Transactional
  public Optional<String> userFor(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<String> user =
        jdbc.sql(
                """
                SELECT u.username FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND u.enabled""")
            .params(Secrets.hash(secret), now)
            .query(String.class)
            .optional();
    // "Last used" to the minute: writing it on every call made concurrent calls with one token
    // queue on its row, each waiting for the last to commit.
    user.ifPresent(
        u ->
            jdbc.sql(
                    "UPDATE api_token SET last_used_at = ? WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(now, Secrets.hash(secret), now.minusMinutes(1))
                .update());
    return user;
  }
}
