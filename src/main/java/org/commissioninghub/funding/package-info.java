/** Money in: funding sources and the streams the PCC receives each financial year. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"organisations", "audit", "shared"})
package org.commissioninghub.funding;
