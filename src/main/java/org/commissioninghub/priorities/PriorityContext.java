package org.commissioninghub.priorities;

import java.time.OffsetDateTime;
import java.util.List;

/** A priority's context for a year: words and the figures they rest on, each with its source. */
public record PriorityContext(
    String priority,
    int version,
    String narrative,
    List<Figure> figures,
    String writtenBy,
    OffsetDateTime writtenAt) {

  public record Figure(String label, String figure, String source) {}

  /** The figures as typed: one a line, "label | figure | source". */
  public String figuresText() {
    return String.join(
        "\n",
        figures.stream().map(f -> f.label() + " | " + f.figure() + " | " + f.source()).toList());
  }
}
