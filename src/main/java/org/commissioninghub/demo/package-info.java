/** The Kent demo data set, loaded through the features' public APIs. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "organisations",
      "funding",
      "awards",
      "contracts",
      "programmes",
      "applications",
      "assessment",
      "decisions",
      "crimereduction",
      "payments",
      "monitoring",
      "opendata",
      "reporting",
      "priorities",
      "identity",
      "audit",
      "shared"
    })
package org.commissioninghub.demo;
