package org.commissioninghub.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An exact amount of pounds sterling, held as whole pence. Parsing is strict because the seed
 * documents contain damaged figures such as "£56,77" and "£6,00" that must be refused, not guessed.
 */
public record Money(long pence) implements Comparable<Money> {

  public static final Money ZERO = new Money(0);

  // Either digits grouped in threes with commas, or plain digits; optional pence of exactly 2.
  private static final Pattern AMOUNT =
      Pattern.compile("-?£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{2})?");

  /**
   * Longer text is refused before any parsing: the largest amount that fits, with its £ sign,
   * commas and pence, is 31 characters; the rest is room for spaces.
   */
  public static final int LONGEST_TEXT = 40;

  public static Money ofPence(long pence) {
    return new Money(pence);
  }

  public static Money ofPounds(long pounds) {
    return new Money(Math.multiplyExact(pounds, 100));
  }

  /**
   * Parses amounts written as a commissioning officer would: "£1,029,766.00", "1029766",
   * "31841.60".
   *
   * @throws InvalidMoneyException naming what is wrong with the text
   */
  public static Money parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidMoneyException(text, "enter an amount, like £1,250.00");
    }
    if (text.length() > LONGEST_TEXT) {
      throw new InvalidMoneyException(
          text, "an amount is at most " + LONGEST_TEXT + " characters, like £1,250,000.00");
    }
    String trimmed = text.strip().replace(" ", "");
    if (!AMOUNT.matcher(trimmed).matches()) {
      throw new InvalidMoneyException(text, describeProblem(trimmed));
    }
    String digits = trimmed.replace("£", "").replace(",", "");
    BigDecimal pounds = new BigDecimal(digits);
    try {
      return new Money(pounds.movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw new InvalidMoneyException(
          text, "the largest amount that can be recorded is " + new Money(Long.MAX_VALUE).format());
    }
  }

  private static String describeProblem(String trimmed) {
    if (trimmed.matches("-?£?[\\d,]*\\.\\d(\\d{2,})?")) {
      return "pence must have exactly two digits, like £1,250.50";
    }
    if (trimmed.contains(",")) {
      return "thousands must be separated into groups of three digits, like £56,770 or £6,000";
    }
    return "an amount can only contain a £ sign, digits, commas between thousands and two digits of"
        + " pence, like £1,250.50";
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(pence, other.pence));
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(pence, other.pence));
  }

  public Money times(long factor) {
    return new Money(Math.multiplyExact(pence, factor));
  }

  public boolean isPositive() {
    return pence > 0;
  }

  public boolean isNegative() {
    return pence < 0;
  }

  public boolean isZero() {
    return pence == 0;
  }

  public boolean isGreaterThan(Money other) {
    return pence > other.pence;
  }

  public BigDecimal toPounds() {
    return BigDecimal.valueOf(pence, 2);
  }

  /** "£1,029,766.00" — the form used in published reports. */
  public String format() {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    String body = format.format(BigDecimal.valueOf(Math.abs(pence), 2));
    return (pence < 0 ? "-£" : "£") + body;
  }

  /** "1029766.00" — the form used in CSV and JSON so that spreadsheets read a number. */
  public String plain() {
    return toPounds().toPlainString();
  }

  /** {@link #plain()} for an amount that may not be recorded. */
  public static String plainOrNull(Money money) {
    return money == null ? null : money.plain();
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(pence, other.pence);
  }

  @Override
  public String toString() {
    return format();
  }
}
