/** Procured services: terms, yearly extension options, lots funded by awards. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"organisations", "awards", "audit", "shared"})
package org.commissioninghub.contracts;
