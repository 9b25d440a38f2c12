package org.commissioninghub.battery;

import org.commissioninghub.support.PostgresHubTest;

/**
 * The same battery on PostgreSQL, where some bad input fails differently from H2: a NUL in text is
 * stored by H2 but is an error in PostgreSQL, and an over-long value is cut off by neither.
 */
@PostgresHubTest
class MalformedInputBatteryPostgresTest extends MalformedInputBatteryTest {}
