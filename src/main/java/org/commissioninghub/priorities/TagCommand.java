package org.commissioninghub.priorities;

import java.util.List;

/**
 * A record's priorities and themes as chosen: one primary and any secondary, by plan item id.
 *
 * @param date the record's date: every item must belong to a plan version in force then
 */
public record TagCommand(
    String recordType, String recordId, String date, Long primary, List<Long> secondary) {}
