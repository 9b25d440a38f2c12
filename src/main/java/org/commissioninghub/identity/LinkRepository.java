package org.commissioninghub.identity;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The single-use links sent by email, stored as hashes (user_link). */
@Repository
class LinkRepository {

  /** A usable link with the account it is for, and whether that account is enabled. */
  record Link(long id, long userId, LinkPurpose purpose, String username, boolean enabled) {

    AccountStatus accountStatus() {
      return enabled ? AccountStatus.ACTIVE : AccountStatus.INVITED;
    }
  }

  private final JdbcClient jdbc;

  LinkRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The link with this hash if it is unused and has not expired at {@code now}. */
  Optional<Link> usable(String tokenHash, OffsetDateTime now) {
    return jdbc.sql(
            """
            SELECT l.id, l.user_id, l.purpose, u.username, u.enabled FROM user_link l
            JOIN app_user u ON u.id = l.user_id
            WHERE l.token_hash = ? AND l.used_at IS NULL AND l.expires_at > ?""")
        .params(tokenHash, now)
        .query(
            (rs, n) ->
                new Link(
                    rs.getLong(1),
                    rs.getLong(2),
                    LinkPurpose.valueOf(rs.getString(3)),
                    rs.getString(4),
                    rs.getBoolean(5)))
        .optional();
  }

  void insert(String username, LinkPurpose purpose, String tokenHash, OffsetDateTime expiresAt) {
    jdbc.sql(
            """
            INSERT INTO user_link (user_id, purpose, token_hash, expires_at)
            SELECT id, ?, ?, ? FROM app_user WHERE username = ?""")
        .params(purpose.name(), tokenHash, expiresAt, username)
        .update();
  }

  void markUsed(long id, OffsetDateTime at) {
    jdbc.sql("UPDATE user_link SET used_at = ? WHERE id = ?").params(at, id).update();
  }
}
