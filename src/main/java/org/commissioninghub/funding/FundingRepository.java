package org.commissioninghub.funding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FundingRepository {

  private static final String STREAM_SELECT =
      """
      SELECT s.*, src.public_id AS source_public_id, src.name AS source_name, src.body
      FROM funding_stream s JOIN funding_source src ON src.id = s.source_id
      """;

  private final JdbcClient jdbc;

  FundingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void lockStreams(java.util.Collection<Long> ids) {
    org.commissioninghub.shared.RowLocks.lock(jdbc, "funding_stream", ids);
  }

  List<FundingSourceView> sources() {
    return jdbc.sql("SELECT * FROM funding_source ORDER BY name").query(this::mapSource).list();
  }

  Optional<FundingSourceView> source(String publicId) {
    return jdbc.sql("SELECT * FROM funding_source WHERE public_id = ?")
        .param(publicId)
        .query(this::mapSource)
        .optional();
  }

  void insertSource(String publicId, String name, FundingBody body, Long funderId) {
    jdbc.sql("INSERT INTO funding_source (public_id, name, body, funder_id) VALUES (?, ?, ?, ?)")
        .params(publicId, name, body.name(), funderId)
        .update();
  }

  List<FundingStreamView> streams(FinancialYear year) {
    String where = year == null ? "" : " WHERE s.financial_year = " + year.startYear();
    return jdbc.sql(
            STREAM_SELECT + where + " ORDER BY s.financial_year DESC, s.display_order, s.name")
        .query(this::mapStream)
        .list();
  }

  Optional<FundingStreamView> stream(String publicId) {
    return jdbc.sql(STREAM_SELECT + " WHERE s.public_id = ?")
        .param(publicId)
        .query(this::mapStream)
        .optional();
  }

  StreamTerms terms(long streamId) {
    return jdbc.sql(
            "SELECT ceases_on, reported_as, carry_forward_allowed, unspent_returned FROM funding_stream WHERE id = ?")
        .param(streamId)
        .query(
            (rs, n) ->
                new StreamTerms(
                    rs.getObject("ceases_on", java.time.LocalDate.class),
                    rs.getString("reported_as"),
                    rs.getBoolean("carry_forward_allowed"),
                    rs.getBoolean("unspent_returned")))
        .single();
  }

  void updateTerms(long streamId, StreamTerms terms) {
    jdbc.sql(
            "UPDATE funding_stream SET ceases_on = ?, reported_as = ?, carry_forward_allowed = ?,"
                + " unspent_returned = ?, version = version + 1 WHERE id = ?")
        .params(
            terms.ceasesOn(),
            terms.reportedAs(),
            terms.carryForwardAllowed(),
            terms.unspentReturned(),
            streamId)
        .update();
  }

  Optional<FundingStreamView> stream(long id) {
    return jdbc.sql(STREAM_SELECT + " WHERE s.id = ?").param(id).query(this::mapStream).optional();
  }

  List<Integer> years() {
    return jdbc.sql(
            "SELECT DISTINCT financial_year FROM funding_stream ORDER BY financial_year DESC")
        .query(Integer.class)
        .list();
  }

  boolean streamIdExists(String publicId) {
    return jdbc.sql("SELECT COUNT(*) FROM funding_stream WHERE public_id = ?")
            .param(publicId)
            .query(Long.class)
            .single()
        > 0;
  }

  void insertStream(
      String publicId, long sourceId, Long holderId, FundingStreamCommand s, OffsetDateTime now) {
    List<Object> params = new ArrayList<>();
    params.add(publicId);
    params.addAll(columns(sourceId, holderId, s));
    params.addAll(List.of(now, now));
    jdbc.sql(
            """
            INSERT INTO funding_stream (public_id, source_id, holder_id, name, short_name, financial_year,
              amount_pence, ringfenced, ringfence_purpose, allowed_uses, start_date, end_date,
              match_funding_pence, stream_group, display_order, notes, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(params)
        .update();
  }

  boolean updateStream(
      long id,
      int version,
      long sourceId,
      Long holderId,
      FundingStreamCommand s,
      OffsetDateTime now) {
    List<Object> params = new ArrayList<>(columns(sourceId, holderId, s));
    params.addAll(List.of(now, id, version));
    return jdbc.sql(
                """
                UPDATE funding_stream SET source_id = ?, holder_id = ?, name = ?, short_name = ?, financial_year = ?,
                  amount_pence = ?, ringfenced = ?, ringfence_purpose = ?, allowed_uses = ?,
                  start_date = ?, end_date = ?, match_funding_pence = ?, stream_group = ?,
                  display_order = ?, notes = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""")
            .params(params)
            .update()
        == 1;
  }

  /** The stream's columns, in the order both INSERT and UPDATE list them. */
  private static List<Object> columns(long sourceId, Long holderId, FundingStreamCommand s) {
    return Arrays.asList(
        sourceId,
        holderId,
        s.name(),
        s.shortName(),
        s.year().startYear(),
        pence(s.amount()),
        s.ringfence().ringfenced(),
        s.ringfence().purpose(),
        s.allowedUses(),
        s.period().start(),
        s.period().end(),
        pence(s.matchFunding()),
        s.group(),
        s.displayOrder(),
        s.notes());
  }

  private static Long pence(Money money) {
    return money == null ? null : money.pence();
  }

  private FundingSourceView mapSource(ResultSet rs, int n) throws SQLException {
    long funder = rs.getLong("funder_id");
    return new FundingSourceView(
        rs.getLong("id"),
        rs.getString("public_id"),
        rs.getString("name"),
        FundingBody.valueOf(rs.getString("body")),
        rs.wasNull() ? null : funder);
  }

  private FundingStreamView mapStream(ResultSet rs, int n) throws SQLException {
    return new FundingStreamView(
        rs.getLong("id"),
        rs.getString("public_id"),
        rs.getString("source_public_id"),
        rs.getString("source_name"),
        FundingBody.valueOf(rs.getString("body")),
        rs.getObject("holder_id", Long.class),
        rs.getString("name"),
        rs.getString("short_name"),
        new FinancialYear(rs.getInt("financial_year")),
        money(rs, "amount_pence"),
        rs.getBoolean("ringfenced"),
        rs.getString("ringfence_purpose"),
        rs.getString("allowed_uses"),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        money(rs, "match_funding_pence"),
        rs.getString("stream_group"),
        rs.getInt("display_order"),
        rs.getString("notes"),
        rs.getInt("version"));
  }

  private static Money money(ResultSet rs, String column) throws SQLException {
    long pence = rs.getLong(column);
    return rs.wasNull() ? null : Money.ofPence(pence);
  }
}
