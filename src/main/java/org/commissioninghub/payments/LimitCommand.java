package org.commissioninghub.payments;

import org.commissioninghub.shared.Money;

/** A user's approval limit, read ({@link LimitRequest#toCommand()}); the user must exist. */
public record LimitCommand(String username, Money limit) {}
