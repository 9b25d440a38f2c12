package org.commissioninghub.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * How a service has reported, quarter by quarter, for the people deciding whether to continue a
 * grant or extend a contract. Monitoring provides it; the features that decide read it through this
 * interface so they do not depend on monitoring's internals.
 */
public interface DeliveryRecords {

  List<QuarterDelivery> forAward(String awardPublicId);

  List<QuarterDelivery> forContract(String contractPublicId);

  /**
   * One quarter's return.
   *
   * @param onTime null while nothing has been received
   * @param rag "Red", "Amber" or "Green", or null when not rated
   */
  record QuarterDelivery(
      long returnId,
      String period,
      LocalDate dueOn,
      String status,
      boolean accepted,
      LocalDate receivedOn,
      Boolean onTime,
      String rag,
      String ragTagClass,
      String ragReason) {}

  /** Counts for a one-line summary: "4 of 4 accepted, 3 on time, 1 rated amber". */
  static String summary(List<QuarterDelivery> quarters) {
    if (quarters.isEmpty()) {
      return "No monitoring returns issued";
    }
    long accepted = quarters.stream().filter(QuarterDelivery::accepted).count();
    long onTime = quarters.stream().filter(q -> Boolean.TRUE.equals(q.onTime())).count();
    long red = quarters.stream().filter(q -> "Red".equals(q.rag())).count();
    long amber = quarters.stream().filter(q -> "Amber".equals(q.rag())).count();
    return accepted
        + " of "
        + quarters.size()
        + " returns accepted, "
        + onTime
        + " received on time"
        + (red > 0 ? ", " + red + " rated red" : "")
        + (amber > 0 ? ", " + amber + " rated amber" : "");
  }
}
