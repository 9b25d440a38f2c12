package org.commissioninghub.identity;

import java.util.Locale;
import org.commissioninghub.shared.Problems;

/** An invitation as typed by an officer: the person's email and name, their organisation. */
record InvitationRequest(String email, String displayName, String organisation) {

  /** The invitation as checked values, or every problem with its shape at once (USER-4). */
  Invitation toCommand() {
    Problems problems = new Problems();
    String address = email == null ? "" : email.strip().toLowerCase(Locale.UK);
    if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add("email", "Enter an email address like name@example.org");
    }
    if (displayName == null || displayName.isBlank()) {
      problems.add("displayName", "Enter the person's name");
    }
    problems.required("organisation", organisation, Invitation.CHOOSE_ORGANISATION);
    problems.throwIfAny("USER-4");
    return new Invitation(address, displayName.strip(), organisation.strip());
  }
}
