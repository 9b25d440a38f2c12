package org.commissioninghub.crimereduction;

/**
 * A project funded through the Crime Reduction Grant, as typed or imported.
 *
 * @param csp the partnership whose allocation paid for it; blank for a project the PCC funds
 *     directly with a third party
 * @param organisation who delivers it
 * @param illustrative true for a record standing in for projects the sources give only as totals
 */
public record ProjectCommand(
    String year,
    String csp,
    String organisation,
    String title,
    String amount,
    String planPriority,
    String theme,
    boolean illustrative) {}
