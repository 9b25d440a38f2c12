package org.commissioninghub.identity;

import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Owners found by one query, which counts the record with {@code :id} that belongs to {@code
 * :organisation} (or to a fund it runs). Each feature says only its query.
 */
public class SqlRecordOwners implements RecordOwners {

  /** How the record is named in the path. */
  public enum Id {
    /** By a database number, like a return's id. */
    NUMBER,
    /** By text, like an application's reference or a round's public id. */
    TEXT
  }

  private final JdbcClient jdbc;
  private final AccessPolicy.Record record;
  private final Id id;
  private final String query;

  protected SqlRecordOwners(JdbcClient jdbc, AccessPolicy.Record record, Id id, String query) {
    this.jdbc = jdbc;
    this.record = record;
    this.id = id;
    this.query = query;
  }

  @Override
  public AccessPolicy.Record record() {
    return record;
  }

  @Override
  public boolean belongsTo(String value, long organisationId) {
    Object key = value;
    if (id == Id.NUMBER) {
      OptionalLong number = RecordOwners.number(value);
      if (number.isEmpty()) {
        return false;
      }
      key = number.getAsLong();
    }
    return jdbc.sql(query)
            .param("id", key)
            .param("organisation", organisationId)
            .query(Long.class)
            .single()
        > 0;
  }
}
