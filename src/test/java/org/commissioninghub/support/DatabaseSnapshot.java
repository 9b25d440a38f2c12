package org.commissioninghub.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every row of every business table, to prove a refused change left the data exactly as it was. */
public final class DatabaseSnapshot {

  private static final List<String> TABLES =
      List.of(
          "organisation",
          "organisation_role",
          "organisation_alias",
          "funding_source",
          "funding_stream",
          "award",
          "award_line",
          "contract",
          "contract_lot",
          "app_user",
          "audit_event",
          "data_quality_note");

  private DatabaseSnapshot() {}

  public static Map<String, List<String>> of(JdbcClient jdbc) {
    Map<String, List<String>> snapshot = new LinkedHashMap<>();
    for (String table : TABLES) {
      snapshot.put(table, rows(jdbc, table));
    }
    return snapshot;
  }

  /** Every row of one table, each as its columns joined, sorted. */
  public static List<String> rows(JdbcClient jdbc, String table) {
    return jdbc
        .sql("SELECT * FROM " + table)
        .query(
            (rs, n) -> {
              StringBuilder row = new StringBuilder();
              for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.append(rs.getString(c)).append('|');
              }
              return row.toString();
            })
        .list()
        .stream()
        .sorted()
        .toList();
  }
}
