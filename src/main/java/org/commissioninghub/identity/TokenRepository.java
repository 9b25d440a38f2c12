package org.commissioninghub.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal access tokens, stored as hashes (api_token). */
@Repository
class TokenRepository {

  private static final String SELECT =
      """
      SELECT t.id, t.name, t.prefix, t.created_at, t.expires_at, t.revoked_at, t.last_used_at
      FROM api_token t JOIN app_user u ON u.id = t.user_id""";

  private final JdbcClient jdbc;

  TokenRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      String username,
      String name,
      String tokenHash,
      String prefix,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt) {
    jdbc.sql(
            """
            INSERT INTO api_token (user_id, name, token_hash, prefix, created_at, expires_at)
            SELECT id, ?, ?, ?, ?, ? FROM app_user WHERE username = ?""")
        .params(name, tokenHash, prefix, createdAt, expiresAt, username)
        .update();
  }

  List<ApiTokens.TokenView> of(String username) {
    return jdbc.sql(SELECT + " WHERE u.username = ? ORDER BY t.id DESC")
        .param(username)
        .query(TokenRepository::view)
        .list();
  }

  /** One of the user's own tokens. */
  Optional<ApiTokens.TokenView> owned(String username, long id) {
    return jdbc.sql(SELECT + " WHERE u.username = ? AND t.id = ?")
        .params(username, id)
        .query(TokenRepository::view)
        .optional();
  }

  /** Revokes a token not yet revoked (compare and set): false when it was revoked meanwhile. */
  boolean revoke(String username, long id, OffsetDateTime at) {
    return jdbc.sql(
                """
                UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL
                  AND user_id = (SELECT id FROM app_user WHERE username = ?)""")
            .params(at, id, username)
            .update()
        > 0;
  }

  /** The enabled user a token acts for, if it is unrevoked and unexpired at {@code now}. */
  Optional<String> userFor(String tokenHash, OffsetDateTime now) {
    return jdbc.sql(
            """
            SELECT u.username FROM api_token t JOIN app_user u ON u.id = t.user_id
            WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND u.enabled""")
        .params(tokenHash, now)
        .query(String.class)
        .optional();
  }

  /**
   * "Last used" to the minute: writing it on every call made concurrent calls with one token queue
   * on its row, each waiting for the last to commit.
   */
  void touch(String tokenHash, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE api_token SET last_used_at = ? WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)")
        .params(now, tokenHash, now.minusMinutes(1))
        .update();
  }

  private static ApiTokens.TokenView view(java.sql.ResultSet rs, int n)
      throws java.sql.SQLException {
    return new ApiTokens.TokenView(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4, OffsetDateTime.class),
        rs.getObject(5, OffsetDateTime.class),
        rs.getObject(6, OffsetDateTime.class),
        rs.getObject(7, OffsetDateTime.class));
  }
}
