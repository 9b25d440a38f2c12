package org.commissioninghub.contracts;

/** A variation as typed: which field, its new value, why, and from when it has effect. */
public record VariationCommand(
    String field, String newValue, String reason, String effectiveDate) {}
