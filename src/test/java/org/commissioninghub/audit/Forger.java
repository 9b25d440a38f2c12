package org.commissioninghub.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a database owner who does not have the audit key can do: switch the append-only trigger off,
 * change an entry, re-hash the whole chain from the start (plainly with SHA-256, or with a key of
 * their own) and point the head at the result. Also undoes it, so other tests see the real trail.
 */
final class Forger {

  enum Rehash {
    PLAIN_SHA256_KEEPING_KEY_IDS,
    PLAIN_SHA256_AS_OLD_SCHEME,
    WRONG_KEY
  }

  private static final byte[] FORGERS_KEY =
      "a key the forger made up, 32 chars or more".getBytes(StandardCharsets.UTF_8);

  private final String url;
  private final String user;
  private final boolean postgres;

  Forger(String url, String user) {
    this.url = url;
    this.user = user;
    this.postgres = url.startsWith("jdbc:postgresql:");
  }

  private record Row(long id, String details, String previous, String hash, String keyId) {}

  /** The rows and head as they are, to put back afterwards. */
  List<Row> snapshot() throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, details, previous_hash, entry_hash, key_id FROM audit_event"
                    + " UNION ALL SELECT -1, CAST(keyed_from AS VARCHAR(40)), CAST(last_id AS"
                    + " VARCHAR(40)), last_hash, NULL FROM audit_chain_head")) {
      while (rs.next()) {
        rows.add(
            new Row(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
      }
    }
    return rows;
  }

  void restore(List<Row> rows) throws SQLException {
    withoutTrigger(
        c -> {
          try (PreparedStatement entry =
                  c.prepareStatement(
                      "UPDATE audit_event SET details = ?, previous_hash = ?, entry_hash = ?,"
                          + " key_id = ? WHERE id = ?");
              PreparedStatement head =
                  c.prepareStatement(
                      "UPDATE audit_chain_head SET keyed_from = ?, last_id = ?, last_hash = ?")) {
            for (Row r : rows) {
              if (r.id() == -1) {
                head.setObject(1, r.details() == null ? null : Long.valueOf(r.details()));
                head.setObject(2, r.previous() == null ? null : Long.valueOf(r.previous()));
                head.setString(3, r.hash());
                head.executeUpdate();
              } else {
                entry.setString(1, r.details());
                entry.setString(2, r.previous());
                entry.setString(3, r.hash());
                entry.setString(4, r.keyId());
                entry.setLong(5, r.id());
                entry.executeUpdate();
              }
            }
          }
        });
  }

  /** Changes one entry's details and re-hashes every entry after the genesis. */
  void forge(long id, String details, Rehash how) throws SQLException {
    withoutTrigger(
        c -> {
          try (PreparedStatement change =
              c.prepareStatement("UPDATE audit_event SET details = ? WHERE id = ?")) {
            change.setString(1, details);
            change.setLong(2, id);
            change.executeUpdate();
          }
          String previous = AuditChain.GENESIS;
          Long last = null;
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT id, occurred_at, actor, action, entity_type, entity_id, details,"
                          + " changes, key_id FROM audit_event ORDER BY id");
              PreparedStatement update =
                  c.prepareStatement(
                      "UPDATE audit_event SET previous_hash = ?, entry_hash = ?, key_id = ?"
                          + " WHERE id = ?")) {
            while (rs.next()) {
              Instant at = rs.getObject(2, OffsetDateTime.class).toInstant();
              String[] f = {
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8)
              };
              String hash =
                  how == Rehash.WRONG_KEY
                      ? AuditChain.seal(
                          FORGERS_KEY, previous, at, f[0], f[1], f[2], f[3], f[4], f[5])
                      : AuditChain.hash(previous, at, f[0], f[1], f[2], f[3], f[4], f[5]);
              update.setString(1, previous);
              update.setString(2, hash);
              update.setString(
                  3, how == Rehash.PLAIN_SHA256_AS_OLD_SCHEME ? null : rs.getString("key_id"));
              update.setLong(4, rs.getLong(1));
              update.executeUpdate();
              previous = hash;
              last = rs.getLong(1);
            }
          }
          try (PreparedStatement head =
              c.prepareStatement(
                  "UPDATE audit_chain_head SET last_hash = ?, last_id = ?"
                      + (how == Rehash.PLAIN_SHA256_AS_OLD_SCHEME ? ", keyed_from = NULL" : ""))) {
            head.setString(1, previous);
            head.setObject(2, last);
            head.executeUpdate();
          }
        });
  }

  /** Entries as removed by {@link #removeNewest}, with what the head said before. */
  record Removed(List<java.util.Map<String, Object>> rows, long lastId, String lastHash) {}

  /**
   * Deletes the newest entries and moves the head back to the entry before them, consistently: the
   * chain that is left verifies, as the chain alone cannot tell that it once went further.
   */
  Removed removeNewest(int count) throws SQLException {
    List<java.util.Map<String, Object>> rows = new ArrayList<>();
    long[] head = new long[1];
    String[] headHash = new String[1];
    withoutTrigger(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT * FROM audit_event ORDER BY id DESC LIMIT " + (count + 1))) {
            while (rs.next()) {
              java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
              for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
              }
              rows.add(row);
            }
          }
          java.util.Map<String, Object> kept = rows.remove(rows.size() - 1);
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT last_id, last_hash FROM audit_chain_head")) {
            rs.next();
            head[0] = rs.getLong(1);
            headHash[0] = rs.getString(2);
          }
          // The head first: it refers to the newest entry.
          try (PreparedStatement move =
              c.prepareStatement("UPDATE audit_chain_head SET last_id = ?, last_hash = ?")) {
            move.setObject(1, kept.get(column(kept, "id")));
            move.setObject(2, kept.get(column(kept, "entry_hash")));
            move.executeUpdate();
          }
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM audit_event WHERE id > ?")) {
            delete.setObject(1, kept.get(column(kept, "id")));
            delete.executeUpdate();
          }
        });
    return new Removed(rows, head[0], headHash[0]);
  }

  /** Puts back what {@link #removeNewest} took, so other tests see the real trail. */
  void putBack(Removed removed) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      List<java.util.Map<String, Object>> oldestFirst = new ArrayList<>(removed.rows());
      java.util.Collections.reverse(oldestFirst);
      for (java.util.Map<String, Object> row : oldestFirst) {
        List<String> columns = new ArrayList<>(row.keySet());
        try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO audit_event ("
                    + String.join(", ", columns)
                    + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
                    + ")")) {
          for (int i = 0; i < columns.size(); i++) {
            insert.setObject(i + 1, row.get(columns.get(i)));
          }
          insert.executeUpdate();
        }
      }
      try (PreparedStatement head =
          c.prepareStatement("UPDATE audit_chain_head SET last_id = ?, last_hash = ?")) {
        head.setLong(1, removed.lastId());
        head.setString(2, removed.lastHash());
        head.executeUpdate();
      }
    }
  }

  private static String column(java.util.Map<String, Object> row, String name) {
    return row.keySet().stream().filter(name::equalsIgnoreCase).findFirst().orElseThrow();
  }

  interface Work {
    void run(Connection c) throws SQLException;
  }

  /** As the owner, with the append-only trigger off, as an owner (or superuser) can. */
  void withoutTrigger(Work work) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement()) {
      if (postgres) {
        s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
      } else {
        s.execute("DROP TRIGGER audit_event_append_only");
      }
      try {
        work.run(c);
      } finally {
        if (postgres) {
          s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
        } else {
          s.execute(
              "CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event"
                  + " FOR EACH ROW CALL 'org.commissioninghub.audit.AppendOnlyH2Trigger'");
        }
      }
    }
  }
}
