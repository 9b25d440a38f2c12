package org.commissioninghub.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

  private static final String COLUMNS =
      "id, public_id, name, type, charity_number, company_number, org_identifier, address,"
          + " postcode, website, version";

  private final JdbcClient jdbc;

  OrganisationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<OrganisationView> findAll() {
    List<Row> rows =
        jdbc.sql("SELECT " + COLUMNS + " FROM organisation ORDER BY LOWER(name)")
            .query(this::row)
            .list();
    return withDetails(rows);
  }

  Optional<OrganisationView> findByPublicId(String publicId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE public_id = ?")
        .param(publicId)
        .query(this::row)
        .optional()
        .map(row -> withDetails(List.of(row)).get(0));
  }

  Optional<OrganisationView> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE id = ?")
        .param(id)
        .query(this::row)
        .optional()
        .map(row -> withDetails(List.of(row)).get(0));
  }

  boolean publicIdExists(String publicId) {
    return jdbc.sql("SELECT COUNT(*) FROM organisation WHERE public_id = ?")
            .param(publicId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Every name and alias key, for the near-duplicate check. */
  List<NameKey> nameKeys() {
    return jdbc.sql(
            """
            SELECT o.public_id, o.name, o.match_key, 'name' AS kind FROM organisation o
            UNION ALL
            SELECT o.public_id, o.name, a.match_key, a.alias AS kind
            FROM organisation_alias a JOIN organisation o ON o.id = a.organisation_id""")
        .query(
            (rs, n) ->
                new NameKey(
                    rs.getString("public_id"),
                    rs.getString("name"),
                    rs.getString("match_key"),
                    rs.getString("kind")))
        .list();
  }

  List<OrganisationView> withNumbers(
      String charityNumber, String companyNumber, String orgIdentifier) {
    List<Row> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM organisation WHERE charity_number = ? OR company_number = ? OR"
                    + " org_identifier = ?")
            .params(charityNumber, companyNumber, orgIdentifier)
            .query(this::row)
            .list();
    return withDetails(rows);
  }

  long insert(String publicId, OrganisationDetails org, OffsetDateTime now) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO organisation (public_id, name, match_key, type, charity_number, company_number,
              org_identifier, address, postcode, website, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            publicId,
            org.name(),
            NameMatching.key(org.name()),
            org.type().name(),
            org.charityNumber(),
            org.companyNumber(),
            org.orgIdentifier(),
            org.address(),
            org.postcode(),
            org.website(),
            now,
            now)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    writeRolesAndAliases(id, org);
    return id;
  }

  /** Returns false when the version no longer matches (someone else saved first). */
  boolean update(long id, int expectedVersion, OrganisationDetails org, OffsetDateTime now) {
    int changed =
        jdbc.sql(
                """
                UPDATE organisation SET name = ?, match_key = ?, type = ?, charity_number = ?,
                  company_number = ?, org_identifier = ?, address = ?, postcode = ?, website = ?,
                  version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""")
            .params(
                org.name(),
                NameMatching.key(org.name()),
                org.type().name(),
                org.charityNumber(),
                org.companyNumber(),
                org.orgIdentifier(),
                org.address(),
                org.postcode(),
                org.website(),
                now,
                id,
                expectedVersion)
            .update();
    if (changed == 0) {
      return false;
    }
    jdbc.sql("DELETE FROM organisation_role WHERE organisation_id = ?").param(id).update();
    jdbc.sql("DELETE FROM organisation_alias WHERE organisation_id = ?").param(id).update();
    writeRolesAndAliases(id, org);
    return true;
  }

  List<PolicyView> policies(long organisationId) {
    return jdbc
        .sql(
            "SELECT kind, reviewed_on FROM organisation_policy WHERE organisation_id = ? ORDER BY kind")
        .param(organisationId)
        .query(
            (rs, n) ->
                new PolicyView(
                    PolicyKind.valueOf(rs.getString("kind")),
                    rs.getObject("reviewed_on", java.time.LocalDate.class)))
        .list()
        .stream()
        .sorted(java.util.Comparator.comparing(PolicyView::kind))
        .toList();
  }

  void replacePolicies(
      long organisationId, List<PolicyView> policies, String username, OffsetDateTime now) {
    jdbc.sql("DELETE FROM organisation_policy WHERE organisation_id = ?")
        .param(organisationId)
        .update();
    for (PolicyView policy : policies) {
      jdbc.sql(
              "INSERT INTO organisation_policy (organisation_id, kind, reviewed_on, updated_by,"
                  + " updated_at) VALUES (?, ?, ?, ?, ?)")
          .params(organisationId, policy.kind().name(), policy.reviewedOn(), username, now)
          .update();
    }
  }

  private void writeRolesAndAliases(long id, OrganisationDetails org) {
    for (OrganisationRole role : org.roles()) {
      jdbc.sql("INSERT INTO organisation_role (organisation_id, role) VALUES (?, ?)")
          .params(id, role.name())
          .update();
    }
    for (String alias : org.aliases()) {
      jdbc.sql(
              "INSERT INTO organisation_alias (organisation_id, alias, match_key, source) VALUES (?, ?,"
                  + " ?, ?)")
          .params(id, alias, NameMatching.key(alias), null)
          .update();
    }
  }

  private List<OrganisationView> withDetails(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    // One organisation (the hot path: every scoped request looks one up) reads only its own rows.
    String only = rows.size() == 1 ? " WHERE organisation_id = " + rows.get(0).id : "";
    Map<Long, Set<OrganisationRole>> roles = new HashMap<>();
    jdbc.sql("SELECT organisation_id, role FROM organisation_role" + only)
        .query(
            rs -> {
              roles
                  .computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(OrganisationRole.class))
                  .add(OrganisationRole.valueOf(rs.getString(2)));
            });
    Map<Long, List<String>> aliases = new HashMap<>();
    jdbc.sql("SELECT organisation_id, alias FROM organisation_alias" + only + " ORDER BY id")
        .query(
            rs -> {
              aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            });
    return rows.stream()
        .map(
            r ->
                new OrganisationView(
                    r.id,
                    r.publicId,
                    r.name,
                    r.type,
                    roles.getOrDefault(r.id, EnumSet.noneOf(OrganisationRole.class)),
                    r.charityNumber,
                    r.companyNumber,
                    r.orgIdentifier,
                    r.address,
                    r.postcode,
                    r.website,
                    aliases.getOrDefault(r.id, List.of()),
                    r.version))
        .toList();
  }

  private Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getString("public_id"),
        rs.getString("name"),
        OrganisationType.valueOf(rs.getString("type")),
        rs.getString("charity_number"),
        rs.getString("company_number"),
        rs.getString("org_identifier"),
        rs.getString("address"),
        rs.getString("postcode"),
        rs.getString("website"),
        rs.getInt("version"));
  }

  private record Row(
      long id,
      String publicId,
      String name,
      OrganisationType type,
      String charityNumber,
      String companyNumber,
      String orgIdentifier,
      String address,
      String postcode,
      String website,
      int version) {}

  record NameKey(String publicId, String name, String key, String matchedOn) {}
}
