/** Users, roles, sign-in and what each role may see. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"organisations", "audit", "shared"})
package org.commissioninghub.identity;
