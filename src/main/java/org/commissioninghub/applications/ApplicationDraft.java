package org.commissioninghub.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/**
 * What an applicant types, as the page posts it and as the API's JSON body: all as text so every
 * problem can be named. Null fields are left as they are when saving a draft.
 *
 * @param amounts the amount asked for in each year, first year first, like "£10,000"
 * @param answers answers by question key
 */
public record ApplicationDraft(
    String title,
    String summary,
    String contactName,
    String contactEmail,
    List<String> amounts,
    Map<String, String> answers) {

  /** Checks the shape (lengths, the email address, each year's amount), naming every field. */
  public DraftCommand toCommand() {
    Problems problems = new Problems();
    String t = title == null ? null : title.strip();
    if (t != null && t.isEmpty()) {
      problems.add("title", "Give your project a short title");
    } else if (t != null && t.length() > 300) {
      problems.add("title", "The title must be 300 characters or fewer");
    }
    String s = stripped(summary);
    if (s != null && s.length() > 4000) {
      problems.add("summary", "The summary must be 4,000 characters or fewer");
    }
    String email = stripped(contactEmail);
    if (email != null && !email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add("contactEmail", "Enter an email address like name@example.org");
    }
    List<Money> money = amounts == null ? null : amounts(amounts, problems);
    problems.throwIfAny("APPLICATION-1");
    return new DraftCommand(
        t, s, stripped(contactName), email, money, answers == null ? Map.of() : answers);
  }

  /** Each year's amount, first year first; blank later years are left out, a gap is refused. */
  private static List<Money> amounts(List<String> typed, Problems problems) {
    List<Money> parsed = new ArrayList<>();
    int last = typed.size() - 1;
    while (last >= 0 && (typed.get(last) == null || typed.get(last).isBlank())) {
      last--;
    }
    for (int i = 0; i <= last; i++) {
      String text = typed.get(i);
      if (text == null || text.isBlank()) {
        problems.add(
            "amounts[" + i + "]",
            "Year " + (i + 1) + ": enter an amount, or leave out the later years");
        continue;
      }
      Money amount = problems.money("amounts[" + i + "]", text);
      if (amount != null) {
        parsed.add(amount);
      }
    }
    return parsed;
  }

  /** Null stays null (left as it is); anything else is stripped (blank clears the field). */
  private static String stripped(String text) {
    return text == null ? null : text.strip();
  }
}
