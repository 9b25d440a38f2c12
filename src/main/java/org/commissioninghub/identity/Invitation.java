package org.commissioninghub.identity;

/**
 * An invitation whose shape is checked: the address in lower case, the person's name, and the
 * public id of the organisation they work for ({@link UserLinks#invite} checks it exists).
 */
public record Invitation(String email, String displayName, String organisation) {

  static final String CHOOSE_ORGANISATION = "Select the organisation the person works for";
}
