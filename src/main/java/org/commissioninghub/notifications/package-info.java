/**
 * Emails to applicants and providers (receipts, offers, feedback), queued in the same transaction
 * as the change they report and sent through SMTP once that change is committed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.commissioninghub.notifications;
