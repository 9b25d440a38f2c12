package org.commissioninghub.monitoring;

import java.util.List;

/**
 * A new return template: its name (given, 200 characters at most), the code of the template it
 * starts from, and the codes of the catalogue's measures added to it.
 */
public record TemplateCommand(String name, String basedOn, List<String> addedMeasures) {
  public TemplateCommand {
    addedMeasures = List.copyOf(addedMeasures);
  }
}
