package org.commissioninghub.priorities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.shared.FinancialYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The issues of the horizon scans (horizon_item). */
@Repository
class HorizonRepository {

  private final JdbcClient jdbc;

  HorizonRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<HorizonItem> ofYear(FinancialYear year) {
    return jdbc.sql("SELECT * FROM horizon_item WHERE financial_year = ? ORDER BY id")
        .param(year.startYear())
        .query(this::item)
        .list();
  }

  Optional<HorizonItem> byId(long id) {
    return jdbc.sql("SELECT * FROM horizon_item WHERE id = ?")
        .param(id)
        .query(this::item)
        .optional();
  }

  boolean carried(long id) {
    return jdbc.sql("SELECT COUNT(*) FROM horizon_item WHERE carried_from_id = ?")
            .param(id)
            .query(Integer.class)
            .single()
        > 0;
  }

  long insert(NewHorizonItem item, Long carriedFrom, String by, OffsetDateTime at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO horizon_item (financial_year, category, title, note, carried_from_id,
              recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            item.year().startYear(),
            item.category().name(),
            item.title(),
            item.note(),
            carriedFrom,
            by,
            at)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Retires a live issue (compare and set): false when it was retired meanwhile. */
  boolean retire(long id, String reason, String by, OffsetDateTime at) {
    return jdbc.sql(
                """
                UPDATE horizon_item SET retired_reason = ?, retired_by = ?, retired_at = ?
                WHERE id = ? AND retired_at IS NULL""")
            .params(reason, by, at, id)
            .update()
        > 0;
  }

  private HorizonItem item(ResultSet rs, int n) throws SQLException {
    long from = rs.getLong("carried_from_id");
    Long carriedFrom = rs.wasNull() ? null : from;
    return new HorizonItem(
        rs.getLong("id"),
        new FinancialYear(rs.getInt("financial_year")),
        Pestelo.valueOf(rs.getString("category")),
        rs.getString("title"),
        rs.getString("note"),
        carriedFrom,
        rs.getString("retired_reason"),
        rs.getString("retired_by"),
        rs.getObject("retired_at", OffsetDateTime.class));
  }
}
