package org.commissioninghub.reporting;

import java.time.LocalDate;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Year totals per funding stream, in one grouped query. */
@Service
public class FundingPositionQuery {

  private final JdbcClient jdbc;

  FundingPositionQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public FundingPosition position(FinancialYear year, Long holderId) {
    StreamFilter filter = new StreamFilter(year, null, holderId);
    var lines =
        jdbc.sql(
                """
                SELECT s.public_id, s.name, s.stream_group, src.name AS source_name, s.ringfenced,
                  s.end_date, s.amount_pence,
                  (SELECT COALESCE(SUM(l.amount_pence), 0) FROM award_line l WHERE l.stream_id = s.id)
                    AS allocated,
                  (SELECT COALESCE(SUM(l.amount_pence), 0) FROM award_line l WHERE l.stream_id = s.id
                    AND EXISTS (SELECT 1 FROM contract_lot cl WHERE cl.award_id = l.award_id))
                    AS committed,
                  (SELECT COALESCE(SUM(p.amount_pence), 0) FROM payment p WHERE p.stream_id = s.id)
                    AS paid,
                  (SELECT COALESCE(SUM(d.amount_pence), 0) FROM year_end_decision d
                    WHERE d.to_stream_id = s.id AND d.outcome = 'CARRY_FORWARD') AS carried_in,
                  (SELECT COALESCE(SUM(d.amount_pence), 0) FROM year_end_decision d
                    WHERE d.stream_id = s.id) AS decided
                FROM funding_stream s JOIN funding_source src ON src.id = s.source_id
                WHERE"""
                    + " "
                    + filter.where("s")
                    + " ORDER BY s.display_order, s.name, s.id")
            .params(filter.params())
            .query(
                (rs, n) -> {
                  long received = rs.getLong("amount_pence");
                  boolean unknown = rs.wasNull();
                  return new FundingPosition.StreamLine(
                      rs.getString("public_id"),
                      rs.getString("name"),
                      rs.getString("stream_group"),
                      rs.getString("source_name"),
                      rs.getBoolean("ringfenced"),
                      rs.getObject("end_date", LocalDate.class),
                      unknown ? null : Money.ofPence(received),
                      Money.ofPence(rs.getLong("allocated")),
                      Money.ofPence(rs.getLong("committed")),
                      Money.ofPence(rs.getLong("paid")),
                      Money.ofPence(rs.getLong("carried_in")),
                      Money.ofPence(rs.getLong("decided")));
                })
            .list();
    return new FundingPosition(year, lines);
  }
}
