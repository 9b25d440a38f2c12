package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.commissioninghub.audit.AuditChain;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Seals audit entries written before the hash chain existed, in the order they were written. */
public class V007__audit_seal_existing_entries extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    String previous = AuditChain.GENESIS;
    Long lastId = null;
    try (Statement select = context.getConnection().createStatement();
        ResultSet rs =
            select.executeQuery(
                "SELECT id, occurred_at, actor, action, entity_type, entity_id, details, changes"
                    + " FROM audit_event ORDER BY id");
        PreparedStatement update =
            context
                .getConnection()
                .prepareStatement(
                    "UPDATE audit_event SET previous_hash = ?, entry_hash = ? WHERE id = ?")) {
      while (rs.next()) {
        String hash =
            AuditChain.hash(
                previous,
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("details"),
                rs.getString("changes"));
        lastId = rs.getLong("id");
        update.setString(1, previous);
        update.setString(2, hash);
        update.setLong(3, lastId);
        update.executeUpdate();
        previous = hash;
      }
    }
    try (PreparedStatement head =
        context
            .getConnection()
            .prepareStatement(
                "UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
      head.setObject(1, lastId);
      head.setString(2, previous);
      head.executeUpdate();
    }
  }
}
