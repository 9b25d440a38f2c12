package org.commissioninghub.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** On the embedded H2 database, refuses UPDATE and DELETE of audit entries (see V041_1). */
public class AppendOnlyH2Trigger implements Trigger {

  private String table = "audit_event";

  @Override
  public void init(
      Connection conn,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type) {
    this.table = tableName;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        "The audit trail is append-only: "
            + (newRow == null ? "DELETE" : "UPDATE")
            + " on "
            + table
            + " is refused",
        "42501");
  }
}
