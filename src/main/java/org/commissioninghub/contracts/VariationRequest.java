package org.commissioninghub.contracts;

import java.time.LocalDate;
import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/**
 * A variation as the JSON body and the page's form carry it: which field, its new value, why, and
 * from when it has effect, as text. {@link #toCommand()} checks its shape and reads the new value
 * as the field needs (an amount, a description or a date), giving the typed {@link
 * VariationCommand}.
 */
public record VariationRequest(String field, String newValue, String reason, String effectiveDate) {

  /**
   * Reads every field, collecting every problem (code CONTRACT-15).
   *
   * @throws InvalidInputException naming each field that is missing or not readable
   */
  public VariationCommand toCommand() {
    Problems problems = new Problems();
    VariationField readField = null;
    if (blank(field)) {
      problems.add("field", "Select what the variation changes");
    } else {
      readField =
          problems.parse(
              "field", field, t -> Codes.parse(VariationField.class, t, "thing to vary"));
    }
    problems.required("reason", reason, "Enter the reason for the variation");
    problems.required("effectiveDate", effectiveDate, "Enter the date the variation takes effect");
    LocalDate effective = Dates.parseOptional(problems, "effectiveDate", effectiveDate);
    Money amount = null;
    String scope = null;
    LocalDate endDate = null;
    if (readField != null) {
      switch (readField) {
        case ANNUAL_VALUE, TOTAL_VALUE -> {
          amount = problems.money("newValue", blank(newValue) ? "" : newValue);
          if (amount != null && amount.isNegative()) {
            problems.add("newValue", "The value cannot be negative");
          }
        }
        case SCOPE -> {
          problems.required("newValue", newValue, "Enter the new service description");
          scope = blank(newValue) ? null : newValue.strip();
        }
        case INITIAL_END_DATE -> {
          problems.required("newValue", newValue, "Enter the new initial end date");
          endDate = Dates.parseOptional(problems, "newValue", newValue);
        }
        default -> throw new IllegalStateException(readField.name());
      }
    }
    problems.throwIfAny("CONTRACT-15");
    return new VariationCommand(readField, amount, scope, endDate, reason.strip(), effective);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
