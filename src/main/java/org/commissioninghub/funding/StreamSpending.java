package org.commissioninghub.funding;

import org.commissioninghub.shared.Money;

/**
 * What has been paid out of a stream, supplied by the payments feature (which depends on funding,
 * so funding asks through this interface rather than calling it).
 */
public interface StreamSpending {

  Money paidFrom(long streamId);
}
