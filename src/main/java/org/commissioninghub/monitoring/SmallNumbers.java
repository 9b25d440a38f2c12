package org.commissioninghub.monitoring;

/**
 * The rule for anything published: a count from 1 to 4 could identify someone, so it is shown as
 * "fewer than 5" and never as the number. Zero is safe to show.
 */
public final class SmallNumbers {

  public static final int THRESHOLD = 5;
  public static final String SUPPRESSED = "fewer than 5";

  private SmallNumbers() {}

  public static boolean suppressed(Long value) {
    return value != null && value > 0 && value < THRESHOLD;
  }

  /** The value as it may be published: blank when none, "fewer than 5" when small. */
  public static String published(Long value) {
    if (value == null) {
      return "";
    }
    return suppressed(value) ? SUPPRESSED : String.valueOf(value);
  }
}
