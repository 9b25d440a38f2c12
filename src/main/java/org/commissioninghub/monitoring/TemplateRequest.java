package org.commissioninghub.monitoring;

import java.util.List;
import org.commissioninghub.shared.Problems;

/** A new return template as typed: its name, the template it starts from, measures to add. */
public record TemplateRequest(String name, String basedOn, List<String> addedMeasures) {

  /** Checks the shape, naming every field at fault. */
  public TemplateCommand toCommand() {
    Problems problems = new Problems();
    String text = name == null ? "" : name.strip();
    if (text.isEmpty()) {
      problems.add("name", "Name the return, like \"Hate crime service return\"");
    } else if (text.length() > 200) {
      problems.add("name", "The name must be 200 characters or fewer");
    }
    String base = ReturnCommands.blankToNull(basedOn);
    if (base == null) {
      problems.add("basedOn", "Choose the return this one starts from");
    }
    problems.throwIfAny("TEMPLATE-1");
    return new TemplateCommand(
        text, base, addedMeasures == null ? List.of() : List.copyOf(addedMeasures));
  }
}
