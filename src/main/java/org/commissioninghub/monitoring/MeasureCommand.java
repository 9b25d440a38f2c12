package org.commissioninghub.monitoring;

/**
 * A measure an officer adds to the catalogue, as typed: code, label, section, unit, how quarters
 * add up, output or outcome, and optionally the measure its rate is a share of.
 */
public record MeasureCommand(
    String code,
    String label,
    String section,
    String unit,
    String aggregation,
    String kind,
    String denominator) {}
