package org.commissioninghub.crimereduction;

/**
 * A year's Crime Reduction Grant to one CSP. Times are UK local date-times like 2024-05-09T17:00.
 *
 * @param source the funding source the money comes from (the PCC's own budget by default)
 */
public record AllocationCommand(
    String csp,
    String year,
    String total,
    String source,
    String upfrontOpens,
    String upfrontCloses,
    String tacticalOpens,
    String tacticalCloses) {}
