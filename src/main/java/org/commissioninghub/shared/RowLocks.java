package org.commissioninghub.shared;

import java.util.Collection;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Locks the rows a "never more than" rule adds up under, until the transaction ends. A rule checked
 * after its parent row is locked holds under any concurrency: a second writer waits at the lock and
 * then, reading committed data afresh (READ COMMITTED on PostgreSQL and H2), sees the first
 * writer's rows before it checks. Rows are locked one at a time in id order, so two writers that
 * need several of the same rows never wait on each other crosswise.
 */
public final class RowLocks {

  private static final Pattern TABLE = Pattern.compile("[a-z_]+");

  private RowLocks() {}

  /** Locks the rows of the table with these ids; ids with no row are passed over. */
  public static void lock(JdbcClient jdbc, String table, Collection<Long> ids) {
    if (!TABLE.matcher(table).matches()) {
      throw new IllegalArgumentException("Not a table name: " + table);
    }
    for (Long id : new TreeSet<>(ids)) {
      jdbc.sql("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE")
          .param(id)
          .query()
          .listOfRows();
    }
  }
}
