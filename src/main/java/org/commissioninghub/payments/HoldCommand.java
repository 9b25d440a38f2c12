package org.commissioninghub.payments;

/** Hold a due payment, read ({@link HoldRequest#toCommand()}); {@code condition} may be null. */
public record HoldCommand(String reason, String condition) {}
