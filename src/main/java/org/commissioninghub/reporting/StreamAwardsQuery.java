package org.commissioninghub.reporting;

import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A read model: the awards one stream funds in a year, largest first, each with what its lines on
 * that stream add up to. The annual commissioning report lists them under each stream.
 */
@Repository
class StreamAwardsQuery {

  private final JdbcClient jdbc;

  StreamAwardsQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<AnnualCommissioningReport.AwardAmount> of(String streamPublicId, FinancialYear year) {
    return jdbc.sql(
            """
            SELECT a.public_id, a.title, o.name, SUM(l.amount_pence) AS amount
            FROM award_line l JOIN award a ON a.id = l.award_id
            JOIN organisation o ON o.id = a.organisation_id
            JOIN funding_stream s ON s.id = l.stream_id
            WHERE s.public_id = ? AND l.financial_year = ?
            GROUP BY a.public_id, a.title, o.name ORDER BY amount DESC, a.title""")
        .params(streamPublicId, year.startYear())
        .query(
            (rs, n) ->
                new AnnualCommissioningReport.AwardAmount(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    Money.ofPence(rs.getLong(4))))
        .list();
  }
}
