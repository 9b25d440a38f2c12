package org.commissioninghub.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.NotFoundException;
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

  private final TokenRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  ApiTokens(TokenRepository repository, AuditLog audit, Clock clock) {
    this.repository = repository;
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
      return status(now) == TokenStatus.ACTIVE;
    }

    public TokenStatus status(OffsetDateTime now) {
      if (revokedAt != null) {
        return TokenStatus.REVOKED;
      }
      return expiresAt.isAfter(now) ? TokenStatus.ACTIVE : TokenStatus.EXPIRED;
    }
  }

  /** Creates a token and returns the secret, which is never shown again. */
  @Transactional
  public String create(String username, NewToken token) {
    String secret = Secrets.newSecret(PREFIX);
    OffsetDateTime now = OffsetDateTime.now(clock);
    repository.insert(
        username,
        token.name(),
        Secrets.hash(secret),
        secret.substring(0, 12),
        now,
        now.plus(Duration.ofDays(token.days())));
    audit.record(
        "api-token.created",
        "user",
        username,
        token.name() + ", expires in " + token.days() + " days");
    return secret;
  }

  @Transactional(readOnly = true)
  public List<TokenView> of(String username) {
    return repository.of(username);
  }

  /**
   * Revokes one of the user's own tokens ({@link TokenStatus#canMoveTo}); a revoked token, or
   * another user's, is not found.
   */
  @Transactional
  public void revoke(String username, long id) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    boolean revocable =
        repository
            .owned(username, id)
            .map(t -> t.status(now).canMoveTo(TokenStatus.REVOKED))
            .orElse(false);
    if (!revocable || !repository.revoke(username, id, now)) {
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
    String hash = Secrets.hash(secret);
    Optional<String> user = repository.userFor(hash, now);
    user.ifPresent(u -> repository.touch(hash, now));
    return user;
  }
}
