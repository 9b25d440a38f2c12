package org.commissioninghub.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tests' own account of which path variable names which organisation-owned record, and which
 * real records (from the demo data) an organisation owns or must not see. It is written from the
 * schema, independently of the production code, so that the tests check the code rather than repeat
 * it. A path with an id that is none of these, and not listed as public, fails the sweep: whoever
 * adds it must say what it is.
 */
final class OwnedRecords {

  /** An organisation-owned record kind: the path variable naming it and how to find owners. */
  enum Kind {
    ORGANISATION("SELECT o.public_id FROM organisation o WHERE o.id %s ? ORDER BY o.id"),
    APPLICATION(
        "SELECT a.reference FROM application a JOIN funding_round r ON r.id = a.round_id"
            + " JOIN programme p ON p.id = r.programme_id"
            + " WHERE %s (a.organisation_id = ? OR p.owner_id = ?) ORDER BY a.id"),
    ROUND(
        "SELECT r.public_id FROM funding_round r JOIN programme p ON p.id = r.programme_id"
            + " WHERE p.owner_id %s ? ORDER BY r.id"),
    CONTINUATION(
        "SELECT CAST(c.id AS VARCHAR(20)) FROM continuation c WHERE c.organisation_id %s ? ORDER BY c.id"),
    CRG_ALLOCATION(
        "SELECT CAST(c.id AS VARCHAR(20)) FROM crime_reduction_allocation c WHERE c.csp_id %s ? ORDER BY c.id"),
    MONITORING_RETURN(
        "SELECT CAST(m.id AS VARCHAR(20)) FROM monitoring_return m WHERE %s COALESCE(m.organisation_id, -1) = ?"
            + " ORDER BY m.id"),
    CSA_ACTION(
        "SELECT CAST(a.id AS VARCHAR(20)) FROM csa_action a WHERE a.partnership_id %s ? ORDER BY a.id");

    private final String sql;

    Kind(String sql) {
      this.sql = sql;
    }
  }

  /** Paths with an id that scoped users may reach, naming nothing an organisation owns. */
  static final Map<String, String> NOT_ORGANISATION_OWNED =
      Map.ofEntries(
          Map.entry("GET /grants/{round}", "the public advert"),
          Map.entry("GET /grants/{round}/apply", "applying to an advertised round"),
          Map.entry("POST /grants/{round}/apply", "applying to an advertised round"),
          Map.entry("GET /decisions/{reference}", "the published decision record"),
          Map.entry("GET /api/v1/public/decisions/{reference}", "the published decision record"),
          Map.entry("GET /programmes/{id}", "a fund's published rules"),
          Map.entry("GET /api/v1/programmes/{id}", "a fund's published rules"),
          Map.entry("GET /api/v1/rounds/{id}", "a round's published window and budget"),
          Map.entry("GET /monitoring/templates/{code}", "a return template, the same for all"),
          Map.entry(
              "GET /api/v1/monitoring/templates/{code}", "a return template, the same for all"),
          Map.entry("GET /priorities/plans/{id}", "county plans every partnership reads"),
          Map.entry("GET /priorities/actions/{id}", "county action plan every partnership reads"),
          Map.entry(
              "POST /priorities/horizon-scan/{id}/retire",
              "the county horizon scan; the feature checks the agreement's partnership"),
          Map.entry("POST /account/tokens/{id}/revoke", "revokes only the signed-in user's own"));

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

  private final JdbcClient jdbc;

  OwnedRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The kind of record the path's first id names, or null when it names none of them. */
  static Kind kindOf(HttpMethod method, String pattern) {
    String p = pattern.startsWith("/api/v1/") ? pattern.substring(7) : pattern;
    if (p.startsWith("/organisations/{id}")) {
      return Kind.ORGANISATION;
    } else if (p.startsWith("/applications/{reference}")) {
      return Kind.APPLICATION;
    } else if (p.equals("/rounds/{id}") && !pattern.startsWith("/api/")
        || p.equals("/rounds/{id}/moderation")) {
      return Kind.ROUND;
    } else if (p.startsWith("/continuations/{id}")) {
      return Kind.CONTINUATION;
    } else if (p.startsWith("/crime-reduction/{id}")) {
      return Kind.CRG_ALLOCATION;
    } else if (p.startsWith("/monitoring/returns/{id}")) {
      return Kind.MONITORING_RETURN;
    } else if (p.startsWith("/priorities/actions/{id}") && method != HttpMethod.GET) {
      return Kind.CSA_ACTION;
    }
    return null;
  }

  static boolean hasId(String pattern) {
    return VARIABLE.matcher(pattern).find();
  }

  /** The path with its first variable set to the id and any others to "1". */
  static String fill(String pattern, String id) {
    Matcher m = VARIABLE.matcher(pattern);
    StringBuilder out = new StringBuilder();
    boolean first = true;
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(first ? id : "1"));
      first = false;
    }
    m.appendTail(out);
    return out.toString();
  }

  long organisationOf(String username) {
    return jdbc.sql("SELECT organisation_id FROM app_user WHERE username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  /** Records of this kind the organisation neither owns nor runs: a few from each end. */
  List<String> foreign(Kind kind, long organisationId) {
    return sample(ids(kind, organisationId, false));
  }

  /** Every record of this kind the organisation neither owns nor runs. */
  List<String> all(Kind kind, long organisationId) {
    return ids(kind, organisationId, false);
  }

  List<String> own(Kind kind, long organisationId) {
    return ids(kind, organisationId, true);
  }

  /** Every record of this kind, for staff who see them all. */
  List<String> any(Kind kind) {
    return ids(kind, -1, false);
  }

  private List<String> ids(Kind kind, long organisationId, boolean own) {
    String sql;
    if (kind.sql.contains("%s (") || kind.sql.contains("%s COALESCE")) {
      sql = String.format(kind.sql, own ? "" : "NOT");
    } else {
      sql = String.format(kind.sql, own ? "=" : "<>");
    }
    var statement = jdbc.sql(sql).param(organisationId);
    if (kind == Kind.APPLICATION) {
      statement = statement.param(organisationId);
    }
    return statement.query(String.class).list();
  }

  private static List<String> sample(List<String> ids) {
    if (ids.size() <= 8) {
      return ids;
    }
    Set<String> chosen = new LinkedHashSet<>(ids.subList(0, 4));
    chosen.addAll(ids.subList(ids.size() - 4, ids.size()));
    chosen.add(ids.get(ids.size() / 2));
    return List.copyOf(chosen);
  }
}
