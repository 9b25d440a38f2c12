/**
 * SQL read models and published tables: awards matrix, MoJ recipients, funding position; funder
 * returns, composed from the funding, awards, payments and monitoring features; and papers to the
 * Police and Crime Panel on chosen payments over £500, with the award or contract each paid for.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "organisations",
      "funding",
      "awards",
      "contracts",
      "payments",
      "monitoring",
      "audit",
      "shared"
    })
package org.commissioninghub.reporting;
