package org.commissioninghub.monitoring;

/**
 * A measure services report each quarter.
 *
 * @param denominatorCode the measure an outcome rate is a share of, so every rate shows its base
 */
public record MetricDefinition(
    long id,
    String code,
    String label,
    String section,
    Unit unit,
    Aggregation aggregation,
    MetricKind kind,
    MojOutcome mojOutcome,
    String denominatorCode,
    int position) {}
