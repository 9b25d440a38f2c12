/** Funders, providers and partnerships: identifiers, aliases, duplicate checks. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared"})
package org.commissioninghub.organisations;
