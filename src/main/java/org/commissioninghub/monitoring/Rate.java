package org.commissioninghub.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An outcome rate that always carries its base: "5,368 of 9,131 asked (58.8%)". */
public record Rate(long count, long of) {

  /** The percentage to one decimal place, rounded half up; null when the base is zero. */
  public BigDecimal percent() {
    if (of == 0) {
      return null;
    }
    return BigDecimal.valueOf(count * 1000L)
        .divide(BigDecimal.valueOf(of), 0, RoundingMode.HALF_UP)
        .movePointLeft(1);
  }

  /** Whether either number is small enough to identify someone if published. */
  public boolean suppressed() {
    return SmallNumbers.suppressed(count) || SmallNumbers.suppressed(of);
  }
}
