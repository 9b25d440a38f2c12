package org.commissioninghub.priorities;

import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.Problems;

/**
 * A priority's context as typed: the words, and the figures one a line, "label | figure | source".
 */
public record ContextRequest(String narrative, String figures) {

  /**
   * The context as its parts, or every problem at once (CONTEXT-1): a line without all three parts
   * is refused by its number.
   */
  public ContextDraft toCommand() {
    Problems problems = new Problems();
    String words = problems.text("narrative", narrative, "Enter the context", 8000);
    List<PriorityContext.Figure> parsed = new ArrayList<>();
    String[] lines = figures == null ? new String[0] : figures.strip().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\|", -1);
      if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
        problems.add(
            "figures",
            "Figure line "
                + (i + 1)
                + ": write it as label | figure | source, every figure with its source");
      } else {
        parsed.add(
            new PriorityContext.Figure(parts[0].strip(), parts[1].strip(), parts[2].strip()));
      }
    }
    problems.throwIfAny("CONTEXT-1");
    return new ContextDraft(words, parsed);
  }
}
