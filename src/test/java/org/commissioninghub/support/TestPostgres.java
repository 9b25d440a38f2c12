package org.commissioninghub.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/** A fresh PostgreSQL database per test class, on the server CI provides. */
public final class TestPostgres {

  public static final String HOST =
      System.getenv().getOrDefault("COMMISSIONING_TEST_PG_HOST", "127.0.0.1:5432");
  public static final String SERVER_URL = "jdbc:postgresql://" + HOST + "/postgres";
  public static final String USER =
      System.getenv().getOrDefault("COMMISSIONING_TEST_PG_USER", "postgres");

  private TestPostgres() {}

  static String unavailableReason() {
    try (Connection c = DriverManager.getConnection(SERVER_URL + "?connectTimeout=3", USER, "")) {
      return c.isValid(3) ? null : "the server did not answer";
    } catch (SQLException e) {
      return "no PostgreSQL at " + HOST + " (" + e.getMessage() + ")";
    }
  }

  /** Creates an empty database and returns its JDBC URL. */
  public static String freshDatabase(String purpose) {
    String name =
        ("ch_test_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]", "_");
    try (Connection c = DriverManager.getConnection(SERVER_URL, USER, "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create test database " + name, e);
    }
    return "jdbc:postgresql://" + HOST + "/" + name;
  }
}
