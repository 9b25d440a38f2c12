/**
 * SQL read models and published tables: awards matrix, MoJ recipients, funding position; and funder
 * returns, composed from the funding, awards, payments and monitoring features.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "organisations",
      "funding",
      "awards",
      "payments",
      "monitoring",
      "audit",
      "shared"
    })
package org.commissioninghub.reporting;
