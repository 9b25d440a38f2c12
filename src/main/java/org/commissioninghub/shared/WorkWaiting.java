package org.commissioninghub.shared;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What waits for one person in one feature, for their home page. Each feature that gives people
 * work implements it for the records it keeps (returns to review, runs to approve, offers to accept
 * …); the home page asks every implementation, so it depends on none of them.
 *
 * <p>An implementation answers only for the roles whose work it is, and for a provider or CSP lead
 * only about their own organisation's records. It says nothing when nothing waits (a count of 0 is
 * left out), so the home page lists only what needs doing.
 */
public interface WorkWaiting {

  List<Work> of(Actor actor, LocalDate today);

  /**
   * A kind of work and how many records wait: "3 returns certified and waiting for your review",
   * linking to the list of them. {@code due} is the earliest date among them by which it should be
   * done (null when there is none); {@code overdue} when that date has passed.
   */
  record Work(
      String section, String label, int count, String href, LocalDate due, boolean overdue) {

    public Work {
      if (count < 0) {
        throw new IllegalArgumentException("a count of work cannot be negative");
      }
    }

    /** Work with no date by which it must be done. */
    public static Work of(String section, String label, int count, String href) {
      return new Work(section, label, count, href, null, false);
    }

    /** Work due by a date, overdue when the date has passed. */
    public static Work due(
        String section, String label, int count, String href, LocalDate due, LocalDate today) {
      return new Work(section, label, count, href, due, due != null && due.isBefore(today));
    }

    /** Overdue first, then by the date due (soonest first, undated last), then as listed. */
    public static final Comparator<Work> URGENT_FIRST =
        Comparator.comparing((Work w) -> !w.overdue())
            .thenComparing(Work::due, Comparator.nullsLast(Comparator.naturalOrder()));
  }
}
