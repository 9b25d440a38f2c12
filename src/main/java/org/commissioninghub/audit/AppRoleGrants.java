package org.commissioninghub.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * After every migration on PostgreSQL, grants the application's role ({@code
 * commissioning.database.app-role}) what it needs on every table, but only SELECT and INSERT on the
 * audit trail and SELECT and UPDATE on its head, and nothing on Flyway's history. Migrations run as
 * the owner (spring.flyway.user); the application, connecting as this role, cannot rewrite the
 * trail.
 */
@Component
class AppRoleGrants implements Callback {

  private static final Logger log = LoggerFactory.getLogger(AppRoleGrants.class);

  private final String role;

  AppRoleGrants(@Value("${commissioning.database.app-role:}") String role) {
    this.role = role.strip();
    if (!this.role.isEmpty() && !this.role.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalStateException(
          "commissioning.database.app-role must be a plain lower-case PostgreSQL role name");
    }
  }

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_MIGRATE && !role.isEmpty();
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    Connection c = context.getConnection();
    try {
      if (!c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        log.warn("commissioning.database.app-role is set but the database is not PostgreSQL");
        return;
      }
      if (!roleExists(c)) {
        throw new IllegalStateException(
            "The application role '"
                + role
                + "' (commissioning.database.app-role) does not exist: create it first, e.g."
                + " CREATE ROLE "
                + role
                + " LOGIN PASSWORD '…'");
      }
      String history = context.getConfiguration().getTable();
      try (Statement s = c.createStatement()) {
        String schema = currentSchema(s);
        s.execute("GRANT USAGE ON SCHEMA " + quote(schema) + " TO " + role);
        s.execute(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
                + quote(schema)
                + " TO "
                + role);
        s.execute(
            "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + quote(schema) + " TO " + role);
        s.execute("REVOKE ALL ON audit_event, audit_chain_head FROM " + role);
        s.execute("REVOKE ALL ON " + quote(history) + " FROM " + role);
        s.execute("GRANT SELECT, INSERT ON audit_event TO " + role);
        s.execute("GRANT SELECT, UPDATE ON audit_chain_head TO " + role);
      }
      log.info("Granted role {} its privileges; on the audit trail only SELECT and INSERT", role);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not grant the application role " + role, e);
    }
  }

  private boolean roleExists(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
      p.setString(1, role);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static String currentSchema(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT current_schema()")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  @Override
  public String getCallbackName() {
    return "grant the application role";
  }
}
