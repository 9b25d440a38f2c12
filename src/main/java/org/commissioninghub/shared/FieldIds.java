package org.commissioninghub.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Turns a rule's field name ("answers.plan", "amounts[0]") into the id of the input on the page, so
 * an error summary links to the field; templates call it as {@code @fieldIds.of(...)}.
 */
@Component("fieldIds")
public class FieldIds {

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
    model.addAttribute("problems", problems);
    model.addAttribute("errors", byField);
  }
}
