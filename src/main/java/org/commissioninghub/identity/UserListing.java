package org.commissioninghub.identity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A read model for administrators: every sign-in account with its roles, organisation, whether it
 * is active or still invited, uses two-factor sign-in, and when it last signed in (from the audit
 * trail's sign-in entries).
 */
@Repository
class UserListing {

  /**
   * One account as the user list shows it. An account that is not enabled is an invitation not yet
   * accepted (there is no other way to disable one yet).
   */
  record Account(
      String username,
      String displayName,
      String email,
      List<String> roles,
      String organisation,
      boolean enabled,
      boolean twoFactor,
      OffsetDateTime lastSignIn) {}

  private final JdbcClient jdbc;

  UserListing(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Account> all() {
    Map<String, List<String>> roles = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT u.username, r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id
            ORDER BY u.username, r.role""")
        .query(
            rs -> {
              roles.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(rs.getString(2));
            });
    return jdbc.sql(
            """
            SELECT u.username, u.display_name, u.email, o.name, u.enabled,
              u.totp_secret IS NOT NULL AS two_factor,
              (SELECT MAX(e.occurred_at) FROM audit_event e
                WHERE e.action = 'sign-in' AND e.entity_type = 'user'
                  AND e.entity_id = u.username) AS last_sign_in
            FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id
            ORDER BY LOWER(u.display_name), u.username""")
        .query(
            (rs, n) ->
                new Account(
                    rs.getString("username"),
                    rs.getString("display_name"),
                    rs.getString("email"),
                    roles.getOrDefault(rs.getString("username"), List.of()),
                    rs.getString("name"),
                    rs.getBoolean("enabled"),
                    rs.getBoolean("two_factor"),
                    rs.getObject("last_sign_in", OffsetDateTime.class)))
        .list();
  }
}
