/**
 * The Crime Reduction Grant each CSP receives from the PCC: the allocation split into upfront
 * projects (two thirds) and a tactical pot (one third), run as two rounds of a fund the CSP owns,
 * with business cases recommended by its working group and approved by its chair and the PCC; the
 * tactical pot opens once the upfront cases are decided, and what is not spent is returned.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "programmes",
      "applications",
      "funding",
      "organisations",
      "identity",
      "audit",
      "shared"
    })
package org.commissioninghub.crimereduction;
