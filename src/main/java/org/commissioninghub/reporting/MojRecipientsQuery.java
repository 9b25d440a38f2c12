package org.commissioninghub.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lines paid from Ministry of Justice victim-services streams in a year. A line's category is its
 * recorded category, or the stream's name where none was recorded (as in the 2024/25 table).
 */
@Service
public class MojRecipientsQuery {

  static final String VICTIM_SERVICES_GROUP = "victim-services";

  private final JdbcClient jdbc;

  MojRecipientsQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public MojRecipients recipients(FinancialYear year) {
    Map<String, List<MojRecipients.Recipient>> byCategory = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT CASE WHEN l.category = '' THEN s.name ELSE l.category END AS category,
              o.public_id, o.name, a.title, a.public_id AS award_public_id, l.amount_pence
            FROM award_line l
            JOIN funding_stream s ON s.id = l.stream_id
            JOIN funding_source src ON src.id = s.source_id
            JOIN award a ON a.id = l.award_id
            JOIN organisation o ON o.id = a.organisation_id
            WHERE l.financial_year = ? AND s.stream_group = ? AND src.body = 'MOJ'
            ORDER BY l.id""")
        .params(year.startYear(), VICTIM_SERVICES_GROUP)
        .query(
            rs -> {
              byCategory
                  .computeIfAbsent(rs.getString("category"), k -> new ArrayList<>())
                  .add(
                      new MojRecipients.Recipient(
                          rs.getString("public_id"),
                          rs.getString("name"),
                          rs.getString("title"),
                          rs.getString("award_public_id"),
                          Money.ofPence(rs.getLong("amount_pence"))));
            });
    List<MojRecipients.Category> categories = new ArrayList<>();
    byCategory.forEach((name, lines) -> categories.add(new MojRecipients.Category(name, lines)));
    return new MojRecipients(year, categories);
  }
}
