package org.commissioninghub.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioninghub.programmes.ProgrammeView;
import org.commissioninghub.programmes.ProgrammeView.QuestionView;
import org.commissioninghub.shared.FieldProblem;
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

  /**
   * Checks what was typed against the programme's form (lengths, the email address, each year's
   * amount within what a bid may ask, each answer against its question), naming every field.
   */
  public DraftCommand toCommand(ProgrammeView programme) {
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
    List<Money> money = amounts == null ? null : amounts(programme, amounts, problems);
    Map<String, String> typedAnswers = answers == null ? Map.of() : answers;
    typedAnswers.forEach((key, value) -> answer(programme, key, value, problems));
    problems.throwIfAny("APPLICATION-1");
    return new DraftCommand(t, s, stripped(contactName), email, money, typedAnswers);
  }

  private static void answer(ProgrammeView programme, String key, String value, Problems problems) {
    QuestionView q = DraftCommand.answerable(programme, key);
    if (q == null) {
      problems.add("answers." + key, "There is no question " + key + " to answer here");
    } else if (value != null && !value.isBlank()) {
      String problem = q.problemWith(value);
      if (problem != null) {
        problems.add("answers." + q.key(), q.label() + ": " + problem);
      }
    }
  }

  /**
   * Each year's amount, first year first, within what the programme allows a bid; blank later years
   * are left out, a gap is refused.
   */
  private static List<Money> amounts(
      ProgrammeView programme, List<String> typed, Problems problems) {
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
    if (parsed.size() == last + 1 && !parsed.isEmpty()) {
      for (FieldProblem p : programme.rules().checkBid(null, parsed)) {
        if (!p.field().equals("applicantType")) {
          problems.add(p.field(), p.message());
        }
      }
    }
    return parsed;
  }

  /** Null stays null (left as it is); anything else is stripped (blank clears the field). */
  private static String stripped(String text) {
    return text == null ? null : text.strip();
  }
}
