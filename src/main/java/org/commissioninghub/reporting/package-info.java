/**
 * SQL read models and published tables: awards matrix, MoJ recipients, funding position; and funder
 * returns, composed from the funding, awards, payments and monitoring features; and the Annual
 * Commissioning Report, whose figures come from all of them and whose words officers write.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "organisations",
      "funding",
      "awards",
      "payments",
      "monitoring",
      "contracts",
      "crimereduction",
      "identity",
      "audit",
      "shared"
    })
package org.commissioninghub.reporting;
