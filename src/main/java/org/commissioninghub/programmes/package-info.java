/**
 * Funds and their grant rounds: the rules a bid must meet, the window a round is open, and the
 * split of a CSP's Crime Reduction Grant. (Issue 4 builds applications, assessment and decisions on
 * these.)
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisations", "shared"})
package org.commissioninghub.programmes;
