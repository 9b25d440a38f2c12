package org.commissioninghub.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * A paper to the Police and Crime Panel on published expenditure over £500 (seeds/001): its title,
 * meeting, introduction and the chosen payments, oldest first, each with what the records say it
 * paid for.
 *
 * @param meetingDate null when not yet known
 */
public record PanelPaper(
    long id,
    String title,
    LocalDate meetingDate,
    String introduction,
    List<Item> items,
    String createdBy,
    String updatedBy,
    int version) {

  /**
   * One chosen payment, as the records describe it.
   *
   * @param source the fund or programme (of the award it paid), the contract it was paid under, or
   *     else the payment's cost centre
   * @param purpose from the contract, the award (its application's summary) or the payment record
   * @param outcome what the office says it achieved, as an officer wrote it; may be null
   * @param monitored outputs from the accepted monitoring returns of the award or contract for the
   *     year the payment relates to; empty when there are none
   * @param contractChosen the contract an officer named for a payment whose record names none
   */
  public record Item(
      long id,
      long paymentId,
      LocalDate date,
      String payee,
      Money amount,
      FinancialYear year,
      PanelSelector selectedBy,
      String source,
      String sourceReference,
      String purpose,
      String outcome,
      List<String> monitored,
      String contractChosen) {

    /** The outcomes column: the officer's text, then the monitored outputs. */
    public String outcomes() {
      List<String> parts = new ArrayList<>();
      if (outcome != null) {
        parts.add(outcome);
      }
      parts.addAll(monitored);
      return String.join("\n", parts);
    }
  }

  public Money total() {
    return items.stream().map(Item::amount).reduce(Money.ZERO, Money::plus);
  }

  /** The introduction as paragraphs: split at blank lines. */
  public List<String> paragraphs() {
    if (introduction == null || introduction.isBlank()) {
      return List.of();
    }
    return Arrays.stream(introduction.strip().split("\\R\\s*\\R"))
        .map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
        .filter(p -> !p.isEmpty())
        .toList();
  }

  /**
   * Who selected the items and which years' expenditure they relate to, as seeds/001 §4 says it:
   * "For information, the first three items were selected by Panel Officers on behalf of Members
   * and relate to 2018/19 expenditure. The last item was selected by the OPCC and relates to
   * 2019/20 expenditure." Computed from the items in the order shown; null for a paper with none.
   */
  public String selectionParagraph() {
    if (items.isEmpty()) {
      return null;
    }
    List<String> sentences = new ArrayList<>();
    int start = 0;
    while (start < items.size()) {
      PanelSelector selector = items.get(start).selectedBy();
      int end = start;
      while (end + 1 < items.size() && items.get(end + 1).selectedBy() == selector) {
        end++;
      }
      Set<String> years = new LinkedHashSet<>();
      items.subList(start, end + 1).forEach(i -> years.add(i.year().label()));
      int count = end - start + 1;
      sentences.add(
          which(start, end, items.size())
              + (count == 1 ? " was" : " were")
              + " selected by "
              + selector.inSentence()
              + " and "
              + (count == 1 ? "relates" : "relate")
              + " to "
              + String.join(" and ", years)
              + " expenditure.");
      start = end + 1;
    }
    String first = sentences.get(0);
    sentences.set(
        0,
        "For information, "
            + first.substring(0, 1).toLowerCase(java.util.Locale.UK)
            + first.substring(1));
    return String.join(" ", sentences);
  }

  private static final List<String> NUMBERS =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  private static String which(int start, int end, int size) {
    int count = end - start + 1;
    if (count == size) {
      return count == 1
          ? "The item"
          : count == 2 ? "Both items" : "All " + number(count) + " items";
    }
    if (start == 0) {
      return count == 1 ? "The first item" : "The first " + number(count) + " items";
    }
    if (end == size - 1) {
      return count == 1 ? "The last item" : "The last " + number(count) + " items";
    }
    return count == 1
        ? "Item " + (start + 1)
        : "Items " + (start + 1) + (count == 2 ? " and " : " to ") + (end + 1);
  }

  private static String number(int n) {
    return n <= NUMBERS.size() ? NUMBERS.get(n - 1) : String.valueOf(n);
  }
}
