/** SQL read models and published tables: awards matrix, MoJ recipients, funding position. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"organisations", "audit", "shared"})
package org.commissioninghub.reporting;
