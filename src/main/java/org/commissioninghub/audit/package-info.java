/** The append-only audit log and data-quality notes. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.commissioninghub.audit;
