package org.commissioninghub.identity;

import org.commissioninghub.shared.Problems;

/**
 * A token to create: named after its integration, lasting 1 to {@value ApiTokens#MAX_DAYS} days.
 */
public record NewToken(String name, int days) {

  /** The token, or every problem with its name and lifetime at once (TOKEN-1). */
  public static NewToken of(String name, int days) {
    Problems problems = new Problems();
    if (name == null || name.isBlank() || name.length() > 100) {
      problems.add(
          "name", "Name the token after the integration that will use it (100 characters at most)");
    }
    if (days < 1 || days > ApiTokens.MAX_DAYS) {
      problems.add("days", "A token can last from 1 to " + ApiTokens.MAX_DAYS + " days");
    }
    problems.throwIfAny("TOKEN-1");
    return new NewToken(name.strip(), days);
  }
}
