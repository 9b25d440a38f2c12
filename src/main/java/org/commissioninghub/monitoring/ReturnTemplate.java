package org.commissioninghub.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A return's questions: the measures a service reports each quarter, in sections. */
public record ReturnTemplate(
    long id, String code, String name, String description, List<MetricDefinition> metrics) {

  /** The measures by section, in the template's order. */
  public Map<String, List<MetricDefinition>> sections() {
    Map<String, List<MetricDefinition>> sections = new LinkedHashMap<>();
    metrics.forEach(
        m -> sections.computeIfAbsent(m.section(), k -> new java.util.ArrayList<>()).add(m));
    return sections;
  }
}
