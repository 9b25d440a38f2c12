/**
 * Money paid out: payment schedules generated from award lines (quarterly in advance or in arrears,
 * instalments, one-off) with payments held until a condition is met, payments recorded by finance,
 * payment runs approved by a second person within their approval limit, imports of actual payments
 * from the finance system, and the public registers the Specified Information Order asks for (spend
 * over £500, crime and disorder reduction grants, contracts over £10,000).
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "awards",
      "contracts",
      "funding",
      "organisations",
      "identity",
      "audit",
      "shared"
    })
package org.commissioninghub.payments;
