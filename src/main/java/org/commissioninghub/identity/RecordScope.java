package org.commissioninghub.identity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioninghub.shared.Role;
import org.springframework.security.core.Authentication;

/**
 * The one place where a scoped user (provider, CSP lead) is kept to their own organisation's
 * records: for a rule scoped to a record, the record's {@link RecordOwners} decides. Staff whose
 * role the rule admits are not limited.
 */
final class RecordScope {

  private final UserAccounts users;
  private final Map<AccessPolicy.Record, RecordOwners> owners =
      new EnumMap<>(AccessPolicy.Record.class);

  RecordScope(UserAccounts users, List<RecordOwners> all) {
    this.users = users;
    for (RecordOwners o : all) {
      if (owners.put(o.record(), o) != null) {
        throw new IllegalStateException("Two RecordOwners for " + o.record());
      }
    }
    // Fail at start-up, not on the first request, if a scoped rule's record has no owners.
    for (AccessPolicy.Rule rule : AccessPolicy.rules()) {
      if (rule.record() != null && !owners.containsKey(rule.record())) {
        throw new IllegalStateException("No RecordOwners for " + rule.record());
      }
    }
  }

  /**
   * Whether the user, who passed the rule's role check, may reach the record the path names. A path
   * without the record's id (a list) passes: the feature lists only what the user may see.
   */
  boolean mayReach(
      Authentication auth, Set<Role> roles, AccessPolicy.Rule rule, Map<String, String> path) {
    if (rule.record() == null
        || roles.stream().anyMatch(r -> !r.isScoped() && rule.roles().contains(r))) {
      return true;
    }
    String id = path.get(rule.record().variable());
    if (id == null) {
      return true;
    }
    RecordOwners owner = owners.get(rule.record());
    return users.organisationOf(auth.getName()).map(o -> owner.belongsTo(id, o)).orElse(false);
  }
}
