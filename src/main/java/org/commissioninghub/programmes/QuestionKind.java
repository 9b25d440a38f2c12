package org.commissioninghub.programmes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.commissioninghub.shared.Money;

/** The kinds of answer a programme's question may ask for. */
public enum QuestionKind {
  TEXT("Text"),
  NUMBER("Whole number"),
  MONEY("Amount of money"),
  DATE("Date"),
  CHOICE("One of a list"),
  YES_NO("Yes or no"),
  FILE("Document upload");

  private final String label;

  QuestionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Why the answer is not acceptable for this kind of question, or null if it is. */
  String problemWith(String answer, Integer wordLimit, List<String> choices) {
    String text = answer.strip();
    return switch (this) {
      case TEXT ->
          wordLimit != null && words(text) > wordLimit
              ? "Use " + wordLimit + " words or fewer (you have used " + words(text) + ")"
              : null;
      case NUMBER -> text.matches("-?\\d{1,12}") ? null : "Enter a whole number, like 25";
      case MONEY -> {
        try {
          Money.parse(text);
          yield null;
        } catch (IllegalArgumentException e) {
          yield e.getMessage();
        }
      }
      case DATE -> {
        try {
          LocalDate.parse(text);
          yield null;
        } catch (DateTimeParseException e) {
          yield "Enter a date like 2025-04-01";
        }
      }
      case CHOICE -> choices.contains(text) ? null : "Choose one of: " + String.join(", ", choices);
      case YES_NO -> text.equals("Yes") || text.equals("No") ? null : "Answer Yes or No";
      case FILE -> null;
    };
  }

  static int words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
