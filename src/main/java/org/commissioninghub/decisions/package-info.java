/**
 * Deciding and awarding: each programme's approval chain with its thresholds, the decision record
 * for publication, the award made across funding streams and years, the offer letter and the
 * provider's acceptance, feedback to unsuccessful applicants, and continuation of last year's
 * awards.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "applications",
      "assessment",
      "programmes",
      "awards",
      "funding",
      "organisations",
      "notifications",
      "identity",
      "audit",
      "shared"
    })
package org.commissioninghub.decisions;
