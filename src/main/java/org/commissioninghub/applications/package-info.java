/**
 * Applications to a round: eligibility first, then answers, amounts per year and documents, saved
 * as a draft until submitted before the deadline; the receipt, withdrawal, and the status other
 * features move an application through (screening, decision, offer).
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "programmes",
      "organisations",
      "notifications",
      "identity",
      "audit",
      "shared"
    })
package org.commissioninghub.applications;
