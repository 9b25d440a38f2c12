/**
 * Assessing applications: screening, assigning assessors, conflict-of-interest declarations (the
 * conflicts register), scores with comments per criterion, moderation of the spread, and the ranked
 * list against the round's budget.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"applications", "programmes", "identity", "audit", "shared"})
package org.commissioninghub.assessment;
