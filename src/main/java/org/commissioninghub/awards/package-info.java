/** Money out: grants and contract funding, in lines per funding stream and year. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"organisations", "funding", "audit", "shared"})
package org.commissioninghub.awards;
