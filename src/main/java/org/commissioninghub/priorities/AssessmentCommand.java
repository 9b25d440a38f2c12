package org.commissioninghub.priorities;

/** An issue a district CSP's strategic assessment found, as typed or imported. */
public record AssessmentCommand(
    String year, String csp, String issue, String namedAs, boolean illustrative) {}
