package org.commissioninghub.awards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AwardRepository {

  private static final String SELECT =
      """
      SELECT a.*, o.public_id AS org_public_id, o.name AS org_name, p.public_id AS predecessor_public_id
      FROM award a JOIN organisation o ON o.id = a.organisation_id
      LEFT JOIN award p ON p.id = a.predecessor_id
      """;

  private final JdbcClient jdbc;

  AwardRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Awards with a line in the year (or all awards), newest first. */
  List<AwardView> find(FinancialYear year, Long organisationId) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (year != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM award_line l WHERE l.award_id = a.id AND l.financial_year = ?)");
      params.add(year.startYear());
    }
    if (organisationId != null) {
      where.append(" AND a.organisation_id = ?");
      params.add(organisationId);
    }
    List<Header> headers =
        jdbc.sql(SELECT + where + " ORDER BY LOWER(o.name), a.title")
            .params(params)
            .query(this::header)
            .list();
    return withLines(headers, year);
  }

  Optional<AwardView> find(String publicId) {
    return jdbc.sql(SELECT + " WHERE a.public_id = ?")
        .param(publicId)
        .query(this::header)
        .optional()
        .map(h -> withLines(List.of(h), null).get(0));
  }

  Optional<Long> idOf(String publicId) {
    return jdbc.sql("SELECT id FROM award WHERE public_id = ?")
        .param(publicId)
        .query(Long.class)
        .optional();
  }

  boolean exists(String publicId) {
    return idOf(publicId).isPresent();
  }

  long insert(
      String publicId,
      AwardHeader award,
      long organisationId,
      Long predecessorId,
      OffsetDateTime now) {
    List<Object> params = new ArrayList<>();
    params.add(publicId);
    params.addAll(columns(award, organisationId, predecessorId));
    params.addAll(List.of(now, now));
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO award (public_id, organisation_id, kind, title, service_description, programme,
              status, award_date, start_date, end_date, predecessor_id, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(params)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  boolean update(
      long id,
      int version,
      AwardHeader award,
      long organisationId,
      Long predecessorId,
      OffsetDateTime now) {
    List<Object> params = new ArrayList<>(columns(award, organisationId, predecessorId));
    params.addAll(List.of(now, id, version));
    return jdbc.sql(
                """
                UPDATE award SET organisation_id = ?, kind = ?, title = ?, service_description = ?,
                  programme = ?, status = ?, award_date = ?, start_date = ?, end_date = ?,
                  predecessor_id = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""")
            .params(params)
            .update()
        == 1;
  }

  /** The award's columns, in the order both INSERT and UPDATE list them. */
  private static List<Object> columns(AwardHeader award, long organisationId, Long predecessorId) {
    return Arrays.asList(
        organisationId,
        award.kind().name(),
        award.title(),
        award.serviceDescription(),
        award.programme(),
        award.status().name(),
        award.dates().awarded(),
        award.dates().start(),
        award.dates().end(),
        predecessorId);
  }

  void touch(long id, OffsetDateTime now) {
    jdbc.sql("UPDATE award SET version = version + 1, updated_at = ? WHERE id = ?")
        .params(now, id)
        .update();
  }

  void insertLine(long awardId, StreamLine line) {
    jdbc.sql(
            """
            INSERT INTO award_line (award_id, stream_id, financial_year, category, amount_pence, posts)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(
            awardId,
            line.stream().id(),
            line.year().startYear(),
            line.category(),
            line.amount().pence(),
            line.posts())
        .update();
  }

  int deleteLine(long awardId, long lineId) {
    return jdbc.sql("DELETE FROM award_line WHERE id = ? AND award_id = ?")
        .params(lineId, awardId)
        .update();
  }

  boolean lineExists(long awardId, long streamId, String category) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM award_line WHERE award_id = ? AND stream_id = ? AND category = ?")
            .params(awardId, streamId, category)
            .query(Long.class)
            .single()
        > 0;
  }

  void setStatus(long id, AwardStatus status, OffsetDateTime now) {
    jdbc.sql("UPDATE award SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?")
        .params(status.name(), now, id)
        .update();
  }

  void lockLines(java.util.Collection<Long> lineIds) {
    org.commissioninghub.shared.RowLocks.lock(jdbc, "award_line", lineIds);
  }

  void lockAward(long id) {
    org.commissioninghub.shared.RowLocks.lock(jdbc, "award", List.of(id));
  }

  /** The amount of each line that still exists, read afresh. */
  Map<Long, Money> lineAmounts(java.util.Collection<Long> lineIds) {
    Map<Long, Money> amounts = new HashMap<>();
    for (Long id : lineIds) {
      jdbc.sql("SELECT amount_pence FROM award_line WHERE id = ?")
          .param(id)
          .query(Long.class)
          .optional()
          .ifPresent(p -> amounts.put(id, Money.ofPence(p)));
    }
    return amounts;
  }

  Money allocated(long streamId) {
    return Money.ofPence(
        jdbc.sql("SELECT COALESCE(SUM(amount_pence), 0) FROM award_line WHERE stream_id = ?")
            .param(streamId)
            .query(Long.class)
            .single());
  }

  private List<AwardView> withLines(List<Header> headers, FinancialYear year) {
    if (headers.isEmpty()) {
      return List.of();
    }
    Map<Long, List<AwardLineView>> lines = new HashMap<>();
    String sql =
        """
        SELECT l.*, s.public_id AS stream_public_id, s.name AS stream_name
        FROM award_line l JOIN funding_stream s ON s.id = l.stream_id
        """
            + " WHERE "
            + (year != null && headers.size() > 1
                ? "l.financial_year = " + year.startYear()
                : "l.award_id IN ("
                    + String.join(",", headers.stream().map(h -> String.valueOf(h.id)).toList())
                    + ")")
            + " ORDER BY s.financial_year, s.display_order, s.name, l.category";
    jdbc.sql(sql)
        .query(
            rs -> {
              lines
                  .computeIfAbsent(rs.getLong("award_id"), k -> new ArrayList<>())
                  .add(
                      new AwardLineView(
                          rs.getLong("id"),
                          rs.getString("stream_public_id"),
                          rs.getString("stream_name"),
                          new FinancialYear(rs.getInt("financial_year")),
                          rs.getString("category"),
                          Money.ofPence(rs.getLong("amount_pence")),
                          rs.getString("posts")));
            });
    return headers.stream()
        .map(
            h ->
                new AwardView(
                    h.id,
                    h.publicId,
                    h.organisationId,
                    h.organisationPublicId,
                    h.organisationName,
                    h.kind,
                    h.title,
                    h.serviceDescription,
                    h.programme,
                    h.status,
                    h.awardDate,
                    h.startDate,
                    h.endDate,
                    h.predecessorPublicId,
                    lines.getOrDefault(h.id, List.of()),
                    h.version))
        .toList();
  }

  private Header header(ResultSet rs, int n) throws SQLException {
    return new Header(
        rs.getLong("id"),
        rs.getString("public_id"),
        rs.getLong("organisation_id"),
        rs.getString("org_public_id"),
        rs.getString("org_name"),
        AwardKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("service_description"),
        rs.getString("programme"),
        AwardStatus.valueOf(rs.getString("status")),
        rs.getObject("award_date", LocalDate.class),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        rs.getString("predecessor_public_id"),
        rs.getInt("version"));
  }

  private record Header(
      long id,
      String publicId,
      long organisationId,
      String organisationPublicId,
      String organisationName,
      AwardKind kind,
      String title,
      String serviceDescription,
      String programme,
      AwardStatus status,
      LocalDate awardDate,
      LocalDate startDate,
      LocalDate endDate,
      String predecessorPublicId,
      int version) {}

  List<DeliveryArea> areas(long awardId) {
    return jdbc.sql("SELECT area FROM award_area WHERE award_id = ? ORDER BY area")
        .param(awardId)
        .query((rs, n) -> DeliveryArea.valueOf(rs.getString(1)))
        .list();
  }

  /** Every award's areas, by the award's public id; awards delivered everywhere are absent. */
  java.util.Map<String, List<DeliveryArea>> allAreas() {
    java.util.Map<String, List<DeliveryArea>> areas = new java.util.HashMap<>();
    jdbc.sql(
            "SELECT a.public_id, x.area FROM award_area x JOIN award a ON a.id = x.award_id ORDER BY x.area")
        .query(
            rs -> {
              areas
                  .computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                  .add(DeliveryArea.valueOf(rs.getString(2)));
            });
    return areas;
  }

  void replaceAreas(long awardId, List<DeliveryArea> areas) {
    jdbc.sql("DELETE FROM award_area WHERE award_id = ?").param(awardId).update();
    for (DeliveryArea area : areas) {
      jdbc.sql("INSERT INTO award_area (award_id, area) VALUES (?, ?)")
          .params(awardId, area.name())
          .update();
    }
  }
}
