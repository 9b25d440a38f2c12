package org.commissioninghub.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the awards matrix straight from the award lines with SQL: one query for the columns, one
 * for the cells, one for the services text. A read model, so it never goes through the entities.
 */
@Service
public class AwardsMatrixQuery {

  private final JdbcClient jdbc;

  AwardsMatrixQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param group the stream group to show (e.g. victim-services), or null for every stream
   * @param holderId the organisation holding the streams (one PCC among many), or null for all
   */
  @Transactional(readOnly = true)
  public AwardsMatrix matrix(FinancialYear year, String group, Long holderId) {
    StreamFilter filter = new StreamFilter(year, group, holderId);
    List<StreamRow> streams =
        jdbc.sql(
                "SELECT s.id, s.public_id, s.name, s.short_name FROM funding_stream s WHERE "
                    + filter.where("s")
                    + " ORDER BY s.display_order, s.name, s.id")
            .params(filter.params())
            .query(
                (rs, n) ->
                    new StreamRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
            .list();
    Map<Long, Integer> columnOf = new HashMap<>();
    for (int i = 0; i < streams.size(); i++) {
      columnOf.put(streams.get(i).id, i);
    }
    long[] columnTotals = new long[streams.size()];
    int[] columnLines = new int[streams.size()];
    Map<Long, OrgRow> rows = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT o.id, o.public_id, o.name, l.stream_id, SUM(l.amount_pence), COUNT(*)"
                + " FROM funding_stream s"
                + " JOIN award_line l ON l.stream_id = s.id AND l.financial_year = s.financial_year"
                + " JOIN award a ON a.id = l.award_id JOIN organisation o ON o.id = a.organisation_id"
                + " WHERE "
                + filter.where("s")
                + " GROUP BY o.id, o.public_id, o.name, l.stream_id ORDER BY LOWER(o.name), o.id")
        .params(filter.params())
        .query(
            rs -> {
              int column = columnOf.get(rs.getLong(4));
              long pence = rs.getLong(5);
              long orgId = rs.getLong(1);
              OrgRow row = rows.get(orgId);
              if (row == null) {
                row = new OrgRow(rs.getString(2), rs.getString(3), streams.size());
                rows.put(orgId, row);
              }
              row.cells[column] = (row.cells[column] == null ? 0 : row.cells[column]) + pence;
              columnTotals[column] += pence;
              columnLines[column] += rs.getInt(6);
            });
    Map<Long, Set<String>> services = services(filter);
    List<AwardsMatrix.Column> columns = new ArrayList<>();
    for (int i = 0; i < streams.size(); i++) {
      StreamRow s = streams.get(i);
      columns.add(
          new AwardsMatrix.Column(
              s.publicId, s.name, s.shortName, Money.ofPence(columnTotals[i]), columnLines[i]));
    }
    List<AwardsMatrix.Row> matrixRows = new ArrayList<>();
    rows.forEach(
        (orgId, row) ->
            matrixRows.add(
                new AwardsMatrix.Row(
                    row.publicId,
                    row.name,
                    String.join("; ", services.getOrDefault(orgId, Set.of())),
                    Arrays.stream(row.cells)
                        .map(p -> p == null ? null : Money.ofPence(p))
                        .toList())));
    return new AwardsMatrix(year, group, columns, matrixRows);
  }

  private Map<Long, Set<String>> services(StreamFilter filter) {
    Map<Long, Set<String>> services = new HashMap<>();
    jdbc.sql(
            "SELECT DISTINCT a.organisation_id, a.id, COALESCE(a.service_description, a.title)"
                + " FROM funding_stream s"
                + " JOIN award_line l ON l.stream_id = s.id AND l.financial_year = s.financial_year"
                + " JOIN award a ON a.id = l.award_id"
                + " WHERE "
                + filter.where("s")
                + " ORDER BY a.organisation_id, a.id")
        .params(filter.params())
        .query(
            rs -> {
              services
                  .computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                  .add(rs.getString(3));
            });
    return services;
  }

  private record StreamRow(long id, String publicId, String name, String shortName) {}

  private static final class OrgRow {
    final String publicId;
    final String name;
    final Long[] cells;

    OrgRow(String publicId, String name, int columns) {
      this.publicId = publicId;
      this.name = name;
      this.cells = new Long[columns];
    }
  }
}
