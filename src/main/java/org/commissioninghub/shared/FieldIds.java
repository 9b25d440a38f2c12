package org.commissioninghub.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * Turns a rule's field name ("answers.plan", "amounts[0]") into the id of the input on the page, so
 * an error summary links to the field; templates call it as {@code @fieldIds.of(...)}.
 */
public final class FieldIds {

  public String of(String field) {
    if (field == null || field.isBlank()) {
      return "main-content";
    }
    return field.replace('.', '-').replace('[', '-').replace("]", "");
  }

  /** Puts the problems on the page: the summary list, and each field's message by field name. */
  public static void show(Model model, List<FieldProblem> problems) {
    Map<String, String> byField = new LinkedHashMap<>();
    problems.forEach(p -> byField.merge(p.field(), p.message(), (a, b) -> a + ". " + b));
    FieldIds ids = new FieldIds();
    model.addAttribute(
        "problems",
        problems.stream().map(p -> new Shown(p.field(), p.message(), ids.of(p.field()))).toList());
    model.addAttribute("errors", byField);
  }

  /** A problem as the error summary shows it, with the id of the input it links to. */
  public record Shown(String field, String message, String id) {}
}
