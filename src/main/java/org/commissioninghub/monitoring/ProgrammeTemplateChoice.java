package org.commissioninghub.monitoring;

import org.commissioninghub.shared.Problems;

/** The return a programme's awards make by default: the programme's name and a template code. */
public record ProgrammeTemplateChoice(String programme, String template) {

  /** The choice as typed, checked for shape with every field at fault named. */
  public static ProgrammeTemplateChoice of(String programme, String template) {
    Problems problems = new Problems();
    String name = ReturnCommands.blankToNull(programme);
    if (name == null) {
      problems.add("programme", "Choose the programme");
    }
    String code = ReturnCommands.blankToNull(template);
    if (code == null) {
      problems.add("programmeTemplate", "Choose the return its awards make");
    }
    problems.throwIfAny("TEMPLATE-2");
    return new ProgrammeTemplateChoice(name, code);
  }
}
