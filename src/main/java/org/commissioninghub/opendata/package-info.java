/**
 * Open data in the field's standards: every grant as 360Giving data (JSON, CSV and XLSX with the
 * standard's column titles), streamed rather than held in memory, and validated against the
 * standard's schema and quality checks before it is published; and the contracts as an OCDS release
 * package.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"awards", "contracts", "organisations", "identity", "audit", "shared"})
package org.commissioninghub.opendata;
