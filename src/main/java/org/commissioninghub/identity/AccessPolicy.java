package org.commissioninghub.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.commissioninghub.shared.Role;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may use which route, declared in one place. The security filter chain is built from these
 * rules, first match wins, and anything not listed is denied. {@code AccessPolicyTest} checks that
 * every handler the application registers is covered, for every role.
 */
public final class AccessPolicy {

  /** How a rule limits a scoped user (provider, CSP lead) beyond the role. */
  public enum Scope {
    /** The role is enough. */
    NONE,
    /** A scoped user may only reach the organisation whose public id is the {id} in the path. */
    OWN_ORGANISATION,
    /**
     * A scoped user may only reach the rule's {@link Record} when it belongs to their organisation,
     * or to a fund their CSP runs; anything else answers 404. The security layer asks that record's
     * {@link RecordOwners} before the request reaches the feature. On a path without the record's
     * id (a list), the feature lists only what the user may see.
     */
    OWN_RECORD
  }

  /**
   * The kinds of organisation-owned record a path can name, each with the path variable that holds
   * its id. Every kind has one {@link RecordOwners} bean, which says who owns a record.
   */
  public enum Record {
    /** An organisation, by public id: its own users only. */
    ORGANISATION("id"),
    /** An application, by reference: the applicant, or the CSP that runs the fund. */
    APPLICATION("reference"),
    /** A round (its applications, assessments, moderation): the CSP that runs the fund. */
    ROUND("id"),
    /** A continuation offer: the provider it was made to. */
    CONTINUATION("id"),
    /** A CSP's Crime Reduction Grant allocation: that CSP. */
    CRG_ALLOCATION("id"),
    /** A monitoring return: the provider that makes it. */
    MONITORING_RETURN("id"),
    /** An action in a community safety agreement's action plan: its partnership. */
    CSA_ACTION("id");

    private final String variable;

    Record(String variable) {
      this.variable = variable;
    }

    /** The path variable that holds the record's id. */
    public String variable() {
      return variable;
    }
  }

  /**
   * One rule. Empty methods means any method; null roles means anyone, signed in or not. A rule
   * scoped to a record names it; otherwise record is null.
   */
  public record Rule(
      Set<HttpMethod> methods,
      String pattern,
      Set<Role> roles,
      boolean anyUser,
      Scope scope,
      Record record) {

    public Rule {
      if ((scope == Scope.NONE) != (record == null)) {
        throw new IllegalArgumentException(pattern + ": a scoped rule names its record");
      }
    }

    boolean matches(HttpMethod method, String path) {
      return (methods.isEmpty() || methods.contains(method))
          && PARSER.parse(pattern).matches(PathContainer.parsePath(path));
    }

    public boolean isPublic() {
      return roles == null && !anyUser;
    }

    /** Whether a user holding these roles passes the role part of this rule. */
    public boolean allows(Set<Role> userRoles) {
      if (isPublic() || anyUser) {
        return true;
      }
      return userRoles.stream().anyMatch(roles::contains);
    }
  }

  static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

  /** Staff who read every commissioning record. */
  public static final Set<Role> READERS =
      EnumSet.of(
          Role.ADMIN, Role.OFFICER, Role.ASSESSOR, Role.APPROVER, Role.FINANCE, Role.AUDITOR);

  private static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.OFFICER);
  private static final Set<Role> FUNDING_EDITORS =
      EnumSet.of(Role.ADMIN, Role.OFFICER, Role.FINANCE);
  private static final Set<Role> AUDIT = EnumSet.of(Role.ADMIN, Role.AUDITOR);

  private static final List<Rule> RULES = build();

  private AccessPolicy() {}

  public static List<Rule> rules() {
    return RULES;
  }

  /** The first rule matching the request, or null: then the request is denied. */
  public static Rule ruleFor(HttpMethod method, String path) {
    return RULES.stream().filter(r -> r.matches(method, path)).findFirst().orElse(null);
  }

  private static List<Rule> build() {
    List<Rule> rules = new ArrayList<>();
    for (String path :
        List.of(
            "/login",
            "/password-reset",
            "/account/set-password",
            "/oauth2/**",
            "/login/oauth2/**",
            "/css/**",
            "/js/**",
            "/webjars/**",
            "/assets/**",
            "/error",
            "/favicon.ico")) {
      rules.add(new Rule(Set.of(), path, null, false, Scope.NONE, null));
    }
    // Load balancers probe these without signing in; they say only UP or DOWN, never details.
    for (String path :
        List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
      rules.add(new Rule(Set.of(HttpMethod.GET), path, null, false, Scope.NONE, null));
    }
    // The API's description is public, as the API of a public body should be; calls still need
    // a sign-in or a token.
    for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")) {
      rules.add(new Rule(Set.of(HttpMethod.GET), path, null, false, Scope.NONE, null));
    }
    signedIn(rules, Set.of(HttpMethod.GET), "/");
    signedIn(rules, Set.of(HttpMethod.POST), "/logout");
    signedIn(
        rules,
        Set.of(HttpMethod.GET, HttpMethod.POST),
        "/account/tokens",
        "/account/tokens/{id}/revoke",
        "/account/two-factor");

    allow(rules, AUDIT, Set.of(HttpMethod.GET), "/audit", "/audit/verify", "/audit.csv");
    grantRounds(rules);
    budgets(rules);
    monitoring(rules);
    priorities(rules);
    allow(rules, EDITORS, Set.of(HttpMethod.POST), "/open-data/360giving/publish");
    allow(rules, EDITORS, Set.of(HttpMethod.POST), "/reports/annual-commissioning/narrative");
    payments(rules);
    panelPapers(rules);

    Set<Role> orgReaders = EnumSet.copyOf(READERS);
    orgReaders.addAll(EnumSet.of(Role.PROVIDER, Role.CSP_LEAD));
    // Before "/organisations/{id}", which would otherwise match "new" as an id.
    allow(rules, EDITORS, Set.of(HttpMethod.GET), "/organisations/new");
    for (String path : List.of("/organisations/{id}", "/api/v1/organisations/{id}")) {
      rules.add(
          new Rule(
              Set.of(HttpMethod.GET),
              path,
              orgReaders,
              false,
              Scope.OWN_ORGANISATION,
              Record.ORGANISATION));
    }
    // An organisation's own users keep its profile (numbers, address, policies) for applying.
    Set<Role> profileEditors = EnumSet.of(Role.ADMIN, Role.OFFICER, Role.PROVIDER, Role.CSP_LEAD);
    for (String path :
        List.of("/organisations/{id}/profile", "/api/v1/organisations/{id}/profile")) {
      rules.add(
          new Rule(
              Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT),
              path,
              profileEditors,
              false,
              Scope.OWN_ORGANISATION,
              Record.ORGANISATION));
    }

    Set<HttpMethod> get = Set.of(HttpMethod.GET);
    Set<HttpMethod> change = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);
    allow(rules, EDITORS, Set.of(HttpMethod.GET, HttpMethod.POST), "/users/invite");
    allow(rules, EnumSet.of(Role.ADMIN), Set.of(HttpMethod.GET), "/users");
    allow(rules, EDITORS, get, "/organisations/{id}/edit");
    allow(
        rules,
        EDITORS,
        change,
        "/organisations",
        "/organisations/{id}",
        "/api/v1/organisations",
        "/api/v1/organisations/**");
    allow(rules, FUNDING_EDITORS, get, "/funding/streams/new", "/funding/streams/{id}/edit");
    allow(
        rules,
        FUNDING_EDITORS,
        change,
        "/funding/streams",
        "/funding/streams/{id}",
        "/api/v1/funding-streams",
        "/api/v1/funding-streams/**");
    allow(rules, EDITORS, get, "/awards/new", "/awards/{id}/edit");
    allow(rules, EDITORS, change, "/awards", "/awards/**", "/api/v1/awards", "/api/v1/awards/**");
    contractLifecycle(rules);
    allow(rules, EDITORS, get, "/contracts/new", "/contracts/{id}/edit");
    allow(
        rules,
        EDITORS,
        change,
        "/contracts",
        "/contracts/{id}",
        "/api/v1/contracts",
        "/api/v1/contracts/**");

    allow(
        rules,
        READERS,
        get,
        "/organisations",
        "/funding",
        "/funding/**",
        "/awards",
        "/awards/**",
        "/contracts",
        "/contracts/**",
        "/reports",
        "/reports/**",
        "/data-quality",
        "/api/v1/**");
    return List.copyOf(rules);
  }

  /**
   * Priorities: staff and CSP leads read the plans, strategic assessments and action plans;
   * officers and CSP leads record assessment issues, update actions and carry them into the next
   * year (a CSP lead only their own partnership's, checked by the feature).
   */
  private static void priorities(List<Rule> rules) {
    Set<Role> readers = EnumSet.copyOf(READERS);
    readers.add(Role.CSP_LEAD);
    allow(rules, EDITORS, Set.of(HttpMethod.GET, HttpMethod.POST), "/priorities/tags");
    allow(rules, EDITORS, Set.of(HttpMethod.POST), "/api/v1/priorities/plans");
    allow(
        rules,
        EnumSet.of(Role.ADMIN, Role.OFFICER, Role.CSP_LEAD),
        Set.of(HttpMethod.POST),
        "/priorities/strategic-assessments",
        "/priorities/action-plans/roll-over",
        "/priorities/horizon-scan",
        "/priorities/horizon-scan/carry",
        "/priorities/horizon-scan/{id}/retire",
        "/priorities/context");
    // Every partnership reads the county's action plan; only its own partnership updates an action.
    scoped(
        rules,
        Record.CSA_ACTION,
        EnumSet.of(Role.ADMIN, Role.OFFICER, Role.CSP_LEAD),
        Set.of(HttpMethod.POST),
        "/priorities/actions/{id}");
    // The context form is for those who may write it.
    allow(
        rules,
        EnumSet.of(Role.ADMIN, Role.OFFICER, Role.CSP_LEAD),
        Set.of(HttpMethod.GET),
        "/priorities/context");
    allow(
        rules,
        readers,
        Set.of(HttpMethod.GET),
        "/priorities",
        "/priorities/plans/{id}",
        "/priorities/strategic-assessments",
        "/priorities/strategic-assessments.csv",
        "/priorities/action-plans",
        "/priorities/actions/{id}",
        "/priorities/scrutiny-report",
        "/priorities/scrutiny-report.pdf",
        "/priorities/alignment",
        "/priorities/alignment.csv",
        "/priorities/horizon-scan");
  }

  /**
   * Monitoring returns: staff and providers read (a provider sees only its own organisation's
   * returns, filtered by the feature); officers issue them.
   */
  private static void monitoring(List<Rule> rules) {
    Set<Role> readers = EnumSet.copyOf(READERS);
    readers.addAll(EnumSet.of(Role.PROVIDER, Role.CSP_LEAD));
    allow(
        rules,
        EDITORS,
        Set.of(HttpMethod.POST),
        "/monitoring/returns",
        "/monitoring/returns/{id}/review",
        "/api/v1/monitoring/returns");
    // The year's figures across every provider: staff only (a provider sees its own returns).
    allow(
        rules,
        READERS,
        Set.of(HttpMethod.GET),
        "/monitoring/aggregates",
        "/monitoring/aggregates.csv",
        "/api/v1/monitoring/aggregates");
    allow(
        rules,
        EDITORS,
        Set.of(HttpMethod.POST),
        "/monitoring/returns/{id}/rating",
        "/monitoring/returns/{id}/record",
        "/monitoring/templates",
        "/monitoring/measures",
        "/monitoring/programme-templates");
    Set<Role> providers = EnumSet.of(Role.PROVIDER, Role.CSP_LEAD);
    scoped(
        rules,
        Record.MONITORING_RETURN,
        providers,
        Set.of(HttpMethod.POST),
        "/monitoring/returns/{id}/certify");
    Set<Role> preparers = EnumSet.of(Role.ADMIN, Role.OFFICER, Role.PROVIDER, Role.CSP_LEAD);
    scoped(
        rules,
        Record.MONITORING_RETURN,
        preparers,
        Set.of(HttpMethod.POST),
        "/monitoring/returns/{id}",
        "/monitoring/returns/{id}/upload",
        "/monitoring/returns/{id}/case-studies");
    scoped(
        rules,
        Record.MONITORING_RETURN,
        readers,
        Set.of(HttpMethod.GET),
        "/monitoring/returns/{id}",
        "/monitoring/returns/{id}/spreadsheet.xlsx",
        "/monitoring/returns/{id}/spreadsheet.csv");
    allow(
        rules,
        readers,
        Set.of(HttpMethod.GET),
        "/monitoring",
        "/monitoring/measures",
        "/monitoring/templates",
        "/monitoring/templates/{code}",
        "/api/v1/monitoring/**");
  }

  /** The PCC's budget and year-end decisions: recorded by officers and finance, read by staff. */
  private static void budgets(List<Rule> rules) {
    Set<HttpMethod> change = Set.of(HttpMethod.POST, HttpMethod.PUT);
    allow(
        rules,
        FUNDING_EDITORS,
        change,
        "/funding/budget/year-end",
        "/funding/budget/lines",
        "/funding/streams/{id}/terms",
        "/api/v1/budget/**");
  }

  /**
   * Contract lifecycle: officers and admins record extension decisions, variations and the
   * re-commissioning stage; an approver (or admin) approves or refuses an exception; staff readers
   * see the decisions, variations and the re-commissioning board.
   */
  private static void contractLifecycle(List<Rule> rules) {
    Set<HttpMethod> get = Set.of(HttpMethod.GET);
    Set<HttpMethod> post = Set.of(HttpMethod.POST);
    allow(
        rules,
        EnumSet.of(Role.ADMIN, Role.APPROVER),
        post,
        "/contracts/{id}/extensions/{number}/approval",
        "/api/v1/contracts/{id}/extensions/{number}/approval");
    allow(rules, EDITORS, get, "/contracts/{id}/extensions/new", "/contracts/{id}/variations/new");
    allow(
        rules,
        EDITORS,
        post,
        "/contracts/{id}/extensions",
        "/contracts/{id}/variations",
        "/contracts/{id}/recommissioning",
        "/api/v1/contracts/{id}/extensions",
        "/api/v1/contracts/{id}/variations");
    allow(
        rules,
        READERS,
        get,
        "/contracts/recommissioning",
        "/contracts/recommissioning.csv",
        "/api/v1/contracts/recommissioning",
        "/api/v1/contracts/{id}/extensions",
        "/api/v1/contracts/{id}/variations");
  }

  /**
   * Grant rounds: the advert and published decisions are public; applicants work on their own
   * organisation's applications; staff screen, assess and decide by role.
   */
  private static void grantRounds(List<Rule> rules) {
    Set<HttpMethod> get = Set.of(HttpMethod.GET);
    Set<HttpMethod> change = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);
    Set<HttpMethod> any =
        Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);
    for (String path :
        List.of(
            "/grants",
            "/grants/{round}",
            "/decisions",
            "/decisions/{reference}",
            "/api/v1/public/rounds",
            "/api/v1/public/decisions",
            "/api/v1/public/decisions/{reference}")) {
      rules.add(new Rule(get, path, null, false, Scope.NONE, null));
    }
    Set<Role> managers = EnumSet.of(Role.ADMIN, Role.OFFICER, Role.CSP_LEAD);
    Set<Role> deciders = EnumSet.of(Role.ADMIN, Role.OFFICER, Role.APPROVER, Role.CSP_LEAD);
    Set<Role> assessors = EnumSet.of(Role.ASSESSOR);
    Set<Role> applicants = EnumSet.of(Role.ADMIN, Role.OFFICER, Role.PROVIDER, Role.CSP_LEAD);
    Set<Role> applicationReaders = EnumSet.copyOf(READERS);
    applicationReaders.addAll(applicants);
    Set<Role> officers = EnumSet.of(Role.ADMIN, Role.OFFICER);

    scoped(
        rules,
        Record.APPLICATION,
        managers,
        Set.of(HttpMethod.POST),
        "/applications/{reference}/screen",
        "/applications/{reference}/assign",
        "/api/v1/applications/{reference}/screening",
        "/api/v1/applications/{reference}/assignments");
    scoped(
        rules,
        Record.APPLICATION,
        assessors,
        any,
        "/applications/{reference}/assessment",
        "/api/v1/applications/{reference}/assessment/**");
    allow(rules, assessors, get, "/assessments", "/api/v1/assessments");
    scoped(
        rules,
        Record.APPLICATION,
        deciders,
        Set.of(HttpMethod.GET, HttpMethod.POST),
        "/applications/{reference}/decision",
        "/api/v1/applications/{reference}/chain",
        "/api/v1/applications/{reference}/decisions");
    // Anyone who may apply may apply to any advertised round.
    allow(rules, applicants, Set.of(HttpMethod.GET, HttpMethod.POST), "/grants/{round}/apply");
    scoped(
        rules,
        Record.APPLICATION,
        applicationReaders,
        get,
        "/applications",
        "/applications/{reference}/**",
        "/api/v1/applications",
        "/api/v1/applications/{reference}/**");
    scoped(
        rules,
        Record.APPLICATION,
        applicants,
        change,
        "/applications/{reference}/**",
        "/api/v1/applications",
        "/api/v1/applications/{reference}/**");

    allow(
        rules, officers, Set.of(HttpMethod.GET, HttpMethod.POST), "/programmes/new", "/rounds/new");
    allow(
        rules, officers, change, "/programmes", "/rounds", "/api/v1/programmes", "/api/v1/rounds");
    Set<Role> roundReaders = EnumSet.copyOf(READERS);
    roundReaders.add(Role.CSP_LEAD);
    // A fund's rules and its rounds' windows and budgets are published in its adverts.
    allow(
        rules,
        roundReaders,
        get,
        "/programmes",
        "/programmes/{id}",
        "/api/v1/programmes",
        "/api/v1/programmes/{id}",
        "/api/v1/rounds",
        "/api/v1/rounds/{id}");
    // A round's applications, assessments and moderation: the CSP that runs the fund, or staff.
    scoped(
        rules,
        Record.ROUND,
        roundReaders,
        get,
        "/rounds/{id}",
        "/rounds/{id}/moderation",
        "/api/v1/rounds/{id}/moderation");
    allow(rules, READERS, get, "/conflicts", "/api/v1/conflicts");

    allow(rules, officers, Set.of(HttpMethod.GET, HttpMethod.POST), "/continuations/new");
    allow(rules, officers, change, "/continuations", "/api/v1/continuations");
    scoped(
        rules,
        Record.CONTINUATION,
        applicants,
        Set.of(HttpMethod.POST),
        "/continuations/{id}/answer",
        "/api/v1/continuations/{id}/answer");
    Set<Role> continuationReaders = EnumSet.copyOf(READERS);
    continuationReaders.add(Role.PROVIDER);
    scoped(
        rules,
        Record.CONTINUATION,
        continuationReaders,
        get,
        "/continuations",
        "/continuations/{id}",
        "/api/v1/continuations",
        "/api/v1/continuations/{id}");

    // The year's funded projects (the annual report's register): staff read, officers record.
    allow(rules, officers, Set.of(HttpMethod.POST), "/crime-reduction/projects");
    allow(rules, READERS, get, "/crime-reduction/projects", "/crime-reduction/projects.csv");
    allow(rules, officers, change, "/crime-reduction", "/api/v1/crime-reduction");
    scoped(
        rules,
        Record.CRG_ALLOCATION,
        managers,
        Set.of(HttpMethod.POST),
        "/crime-reduction/{id}/close",
        "/api/v1/crime-reduction/{id}/close");
    scoped(
        rules,
        Record.CRG_ALLOCATION,
        roundReaders,
        get,
        "/crime-reduction",
        "/crime-reduction/{id}",
        "/api/v1/crime-reduction",
        "/api/v1/crime-reduction/{id}");
  }

  /**
   * Payments: finance schedules, records, imports, holds and releases and puts runs together; a
   * second finance user or an administrator approves a run; administrators set approval limits;
   * other staff read; providers see nothing of payments. The open-data registers are public.
   */
  private static void payments(List<Rule> rules) {
    Set<HttpMethod> get = Set.of(HttpMethod.GET);
    Set<HttpMethod> change = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);
    for (String path :
        List.of(
            "/open-data",
            "/open-data/spend-over-500",
            "/open-data/spend-over-500.csv",
            "/open-data/crime-reduction-grants",
            "/open-data/crime-reduction-grants.csv",
            "/open-data/contracts",
            "/open-data/contracts.csv",
            "/open-data/360giving",
            "/open-data/360giving.json",
            "/open-data/360giving.csv",
            "/open-data/360giving.xlsx",
            "/open-data/ocds/releases.json",
            "/open-data/funding",
            "/open-data/funding.csv")) {
      rules.add(new Rule(get, path, null, false, Scope.NONE, null));
    }
    Set<Role> finance = EnumSet.of(Role.FINANCE);
    Set<Role> approvers = EnumSet.of(Role.FINANCE, Role.ADMIN);
    Set<Role> admin = EnumSet.of(Role.ADMIN);
    Set<Role> readers =
        EnumSet.of(Role.ADMIN, Role.OFFICER, Role.APPROVER, Role.FINANCE, Role.AUDITOR);
    allow(rules, approvers, Set.of(HttpMethod.GET, HttpMethod.POST), "/payment-runs/{id}/approve");
    allow(rules, approvers, Set.of(HttpMethod.POST), "/api/v1/payment-runs/{id}/approve");
    allow(rules, admin, Set.of(HttpMethod.GET, HttpMethod.POST), "/payments/approval-limits");
    allow(rules, admin, change, "/api/v1/payments/approval-limits");
    allow(
        rules,
        finance,
        Set.of(HttpMethod.GET, HttpMethod.POST),
        "/payments/new",
        "/payments/imports",
        "/payments/imports/confirm");
    allow(
        rules,
        finance,
        change,
        "/payments",
        "/payments/**",
        "/payment-runs",
        "/payment-runs/**",
        "/api/v1/payments",
        "/api/v1/payments/**",
        "/api/v1/payment-runs",
        "/api/v1/payment-runs/**");
    allow(
        rules,
        readers,
        get,
        "/payments",
        "/payments/**",
        "/payment-runs",
        "/payment-runs/**",
        "/api/v1/payments",
        "/api/v1/payments/**",
        "/api/v1/payment-runs",
        "/api/v1/payment-runs/**");
  }

  /**
   * Police and Crime Panel papers: officers (and administrators) write them and choose their
   * payments; staff readers read them and their downloads (under the readers' "/reports/**").
   */
  private static void panelPapers(List<Rule> rules) {
    allow(rules, EDITORS, Set.of(HttpMethod.GET), "/reports/panel-papers/{id}/edit");
    allow(
        rules,
        EDITORS,
        Set.of(HttpMethod.POST),
        "/reports/panel-papers",
        "/reports/panel-papers/{id}",
        "/reports/panel-papers/{id}/payments",
        "/reports/panel-papers/{id}/payments/{item}",
        "/reports/panel-papers/{id}/payments/{item}/remove");
  }

  private static void scoped(
      List<Rule> rules, Record record, Set<Role> roles, Set<HttpMethod> methods, String... paths) {
    for (String path : paths) {
      rules.add(new Rule(methods, path, roles, false, Scope.OWN_RECORD, record));
    }
  }

  private static void allow(
      List<Rule> rules, Set<Role> roles, Set<HttpMethod> methods, String... paths) {
    for (String path : paths) {
      rules.add(new Rule(methods, path, roles, false, Scope.NONE, null));
    }
  }

  private static void signedIn(List<Rule> rules, Set<HttpMethod> methods, String... paths) {
    for (String path : paths) {
      rules.add(new Rule(methods, path, null, true, Scope.NONE, null));
    }
  }
}
