package org.commissioninghub.monitoring;

/**
 * A measure to add to the catalogue: its code (capitals, digits and underscores), label, section,
 * unit, how quarters add up, output or outcome, and the code of the measure its rate is a share of
 * (null when none).
 */
public record MeasureCommand(
    String code,
    String label,
    String section,
    Unit unit,
    Aggregation aggregation,
    MetricKind kind,
    String denominator) {}
