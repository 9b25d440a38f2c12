package org.commissioninghub.monitoring;

/** Whether a measure counts what was done, what changed for people, or sets the context. */
public enum MetricKind {
  OUTPUT("Output"),
  OUTCOME("Outcome"),
  CONTEXT("Context");

  private final String label;

  MetricKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
