/**
 * Funds and their grant rounds: each programme's rules (maximum bid, years, eligible applicants),
 * questions, assessment criteria and approval chain; the rounds it opens, with their windows and
 * budgets; the public advert of open rounds; and each CSP's Crime Reduction Grant allocation, split
 * into an upfront and a tactical pot.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"organisations", "funding", "identity", "audit", "shared"})
package org.commissioninghub.programmes;
