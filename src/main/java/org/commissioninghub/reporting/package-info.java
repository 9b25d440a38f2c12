/**
 * SQL read models and published tables: awards matrix, MoJ recipients, funding position; funder
 * returns, composed from the funding, awards, payments and monitoring features; papers to the
 * Police and Crime Panel on chosen payments over £500, with the award or contract each paid for;
 * and the Annual Commissioning Report, whose figures come from all of them and whose words officers
 * write.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "organisations",
      "funding",
      "awards",
      "contracts",
      "payments",
      "monitoring",
      "crimereduction",
      "priorities",
      "identity",
      "audit",
      "shared"
    })
package org.commissioninghub.reporting;
