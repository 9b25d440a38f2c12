package org.commissioninghub.payments;

import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.Money;

/**
 * How an amount is split into instalments, exactly in pence: every instalment is the amount divided
 * by the count, rounded down to the penny, and what is left over goes on the LAST instalment. The
 * instalments therefore always add up to the amount exactly (e.g. £100.00 in 3 is £33.33, £33.33,
 * £33.34).
 */
public final class Split {

  private Split() {}

  public static List<Money> equalInstalments(Money amount, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("an amount is split into at least 1 instalment");
    }
    if (amount.isNegative()) {
      throw new IllegalArgumentException("a negative amount cannot be split into instalments");
    }
    long each = amount.pence() / count;
    long remainder = amount.pence() - each * count;
    List<Money> parts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      parts.add(Money.ofPence(i == count - 1 ? each + remainder : each));
    }
    return List.copyOf(parts);
  }
}
