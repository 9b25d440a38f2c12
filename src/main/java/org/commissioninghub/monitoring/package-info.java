/**
 * Quarterly monitoring: the catalogue of measures (with how each adds up over a year and the MoJ
 * outcome it reports), return templates made of them, and the returns each award owes each quarter
 * with their due dates.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "awards",
      "contracts",
      "payments",
      "organisations",
      "notifications",
      "identity",
      "audit",
      "shared"
    })
package org.commissioninghub.monitoring;
