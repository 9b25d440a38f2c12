/**
 * What the money is for: the PCC's Police and Crime Plan and the county CSP's Community Safety
 * Agreement, each version with its priorities, cross-cutting themes and leads; and the district
 * CSPs' strategic assessments, from which the county table of issues is counted.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"organisations", "crimereduction", "identity", "audit", "shared"})
package org.commissioninghub.priorities;
