package org.commissioninghub.priorities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A record's chosen priorities and themes whose shape is checked; {@link PriorityTags} checks each
 * is of a plan in force on {@code date}.
 *
 * @param primary the main one, or null when the record serves none
 */
public record TagCommand(
    String recordType, String recordId, LocalDate date, Long primary, List<Long> secondary) {

  /** Every item chosen: the secondary ones, then the primary. */
  List<Long> all() {
    List<Long> all = new ArrayList<>(secondary);
    if (primary != null) {
      all.add(primary);
    }
    return all;
  }

  /** The secondary items once each, in the order chosen. */
  List<Long> secondaryOnce() {
    return List.copyOf(new LinkedHashSet<>(secondary));
  }
}
