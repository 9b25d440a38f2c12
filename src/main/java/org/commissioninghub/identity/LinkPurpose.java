package org.commissioninghub.identity;

/** What an emailed link is for: accepting an invitation, or resetting a forgotten password. */
enum LinkPurpose {
  INVITE,
  RESET
}
