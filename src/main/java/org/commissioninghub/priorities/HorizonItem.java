package org.commissioninghub.priorities;

import java.time.OffsetDateTime;
import org.commissioninghub.shared.FinancialYear;

/** An issue on a year's horizon scan; retired items keep their reason. */
public record HorizonItem(
    long id,
    FinancialYear year,
    Pestelo category,
    String title,
    String note,
    Long carriedFromId,
    String retiredReason,
    String retiredBy,
    OffsetDateTime retiredAt) {

  public boolean retired() {
    return retiredAt != null;
  }

  public HorizonState state() {
    return retired() ? HorizonState.RETIRED : HorizonState.LIVE;
  }
}
