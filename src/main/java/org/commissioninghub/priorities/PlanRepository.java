package org.commissioninghub.priorities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Plan versions and their parts: every query of priority_plan and priority_plan_item. */
@Repository
class PlanRepository {

  private static final String SELECT =
      """
      SELECT p.*, o.public_id AS owner_public_id, o.name AS owner_name FROM priority_plan p
      JOIN organisation o ON o.id = p.owner_id""";

  private final JdbcClient jdbc;

  PlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<PlanView> all() {
    return withItems(
        jdbc.sql(SELECT + " ORDER BY p.kind, p.effective_from DESC, p.id DESC")
            .query(this::header)
            .list());
  }

  Optional<PlanView> byPublicId(String publicId) {
    return withItems(
            jdbc.sql(SELECT + " WHERE p.public_id = ?").param(publicId).query(this::header).list())
        .stream()
        .findFirst();
  }

  boolean exists(PlanKind kind, long ownerId, String version) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM priority_plan WHERE kind = ? AND owner_id = ? AND version_label = ?")
            .params(kind.name(), ownerId, version)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Inserts a version and its parts in their order; answers its id. */
  long insert(
      String publicId, PlanCommand c, long ownerId, String recordedBy, OffsetDateTime recordedAt) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO priority_plan (public_id, kind, title, owner_id, version_label, effective_from,
              period_end, changes, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            publicId,
            c.kind().name(),
            c.title(),
            ownerId,
            c.versionLabel(),
            c.effectiveFrom(),
            c.periodEnd(),
            c.changes(),
            recordedBy,
            recordedAt)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (int i = 0; i < c.items().size(); i++) {
      PlanView.Item item = c.items().get(i);
      jdbc.sql(
              "INSERT INTO priority_plan_item (plan_id, kind, title, includes, lead, position) VALUES (?, ?, ?, ?, ?, ?)")
          .params(id, item.kind().name(), item.title(), item.includes(), item.lead(), i)
          .update();
    }
    return id;
  }

  /** The ids of a plan's parts, in the order of {@link PlanView#items()}. */
  List<Long> itemIds(long planId) {
    return jdbc.sql("SELECT id FROM priority_plan_item WHERE plan_id = ? ORDER BY position")
        .param(planId)
        .query(Long.class)
        .list();
  }

  Optional<Long> itemId(String planPublicId, String title) {
    return jdbc.sql(
            """
            SELECT i.id FROM priority_plan_item i JOIN priority_plan p ON p.id = i.plan_id
            WHERE p.public_id = ? AND i.title = ?""")
        .params(planPublicId, title)
        .query(Long.class)
        .optional();
  }

  long ownerId(long planId) {
    return jdbc.sql("SELECT owner_id FROM priority_plan WHERE id = ?")
        .param(planId)
        .query(Long.class)
        .single();
  }

  private List<PlanView> withItems(List<PlanView> headers) {
    if (headers.isEmpty()) {
      return headers;
    }
    Map<Long, List<PlanView.Item>> items = new HashMap<>();
    jdbc.sql("SELECT * FROM priority_plan_item ORDER BY plan_id, position")
        .query(
            rs -> {
              items
                  .computeIfAbsent(rs.getLong("plan_id"), k -> new ArrayList<>())
                  .add(
                      new PlanView.Item(
                          ItemKind.valueOf(rs.getString("kind")),
                          rs.getString("title"),
                          rs.getString("includes"),
                          rs.getString("lead")));
            });
    return headers.stream()
        .map(
            p ->
                new PlanView(
                    p.id(),
                    p.publicId(),
                    p.kind(),
                    p.title(),
                    p.ownerPublicId(),
                    p.ownerName(),
                    p.versionLabel(),
                    p.effectiveFrom(),
                    p.periodEnd(),
                    p.changes(),
                    p.recordedBy(),
                    items.getOrDefault(p.id(), List.of())))
        .toList();
  }

  private PlanView header(ResultSet rs, int n) throws SQLException {
    return new PlanView(
        rs.getLong("id"),
        rs.getString("public_id"),
        PlanKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("owner_public_id"),
        rs.getString("owner_name"),
        rs.getString("version_label"),
        rs.getObject("effective_from", LocalDate.class),
        rs.getObject("period_end", LocalDate.class),
        rs.getString("changes"),
        rs.getString("recorded_by"),
        List.of());
  }
}
