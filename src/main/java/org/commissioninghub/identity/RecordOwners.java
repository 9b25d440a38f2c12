package org.commissioninghub.identity;

import java.util.OptionalLong;

/**
 * Who owns the records of one {@link AccessPolicy.Record} kind. The security layer asks it before a
 * provider user or CSP lead reaches a path naming such a record, so scoping lives in one place
 * rather than in each controller. Each feature implements it for the records it keeps; there is
 * exactly one bean per kind, checked at start-up.
 */
public interface RecordOwners {

  AccessPolicy.Record record();

  /**
   * Whether the record with this id exists and belongs to the organisation, or to a fund it runs.
   * False for an id that names nothing, so an unknown id and another's record look the same.
   */
  boolean belongsTo(String id, long organisationId);

  /** The id as a number, or empty when it is not one (such a record cannot exist). */
  static OptionalLong number(String id) {
    if (id == null
        || id.isEmpty()
        || id.length() > 18
        || !id.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(id));
  }
}
