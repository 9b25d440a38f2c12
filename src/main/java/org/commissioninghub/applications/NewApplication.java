package org.commissioninghub.applications;

import java.util.Map;
import org.commissioninghub.shared.Problems;

/**
 * Starting an application, as the page posts it and as the API's JSON body: the round, the applying
 * organisation (a provider user's own is used whatever is given), a working title and the answers
 * to the eligibility questions.
 */
public record NewApplication(
    String round, String organisation, String title, Map<String, String> eligibility) {

  /** Checks the shape (a round chosen, a title given), naming each field at fault. */
  public ApplicationStart toCommand() {
    Problems problems = new Problems();
    problems.required("round", round, "Choose the round you are applying to");
    problems.required("title", title, "Give your project a short title");
    problems.throwIfAny("APPLICATION-1");
    return new ApplicationStart(
        round.strip(),
        organisation == null || organisation.isBlank() ? null : organisation.strip(),
        title.strip(),
        eligibility == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(eligibility)));
  }
}
