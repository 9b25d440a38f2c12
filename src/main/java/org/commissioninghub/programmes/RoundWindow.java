package org.commissioninghub.programmes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When a round takes applications. Opening and closing are UK wall-clock times (Europe/London), so
 * a round closing at noon closes at noon whether or not the clocks have changed since it opened.
 */
public record RoundWindow(ZonedDateTime opens, ZonedDateTime closes) {

  public static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("h:mma 'on' d MMMM yyyy", Locale.UK);

  public RoundWindow {
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException("A round must close after it opens");
    }
  }

  /** A window from UK local times, e.g. 9am on 1 September to 5pm on 11 September. */
  public static RoundWindow ukTimes(LocalDateTime opens, LocalDateTime closes) {
    return new RoundWindow(opens.atZone(UK), closes.atZone(UK));
  }

  public boolean isOpenAt(Instant moment) {
    return !moment.isBefore(opens.toInstant()) && moment.isBefore(closes.toInstant());
  }

  /** Why a submission at this moment is refused, or null if it is accepted. */
  public String refusal(Instant moment) {
    if (moment.isBefore(opens.toInstant())) {
      return "This round opens at " + shown(opens) + ". You can submit from then.";
    }
    if (!moment.isBefore(closes.toInstant())) {
      Duration late = Duration.between(closes.toInstant(), moment);
      return "This round closed at "
          + shown(closes)
          + " (UK time); your submission came "
          + howLate(late)
          + " late.";
    }
    return null;
  }

  private static String howLate(Duration late) {
    if (late.toMinutes() < 1) {
      return late.toSeconds() + " seconds";
    }
    if (late.toHours() < 2) {
      return late.toMinutes() + " minutes";
    }
    return late.toDays() < 2 ? late.toHours() + " hours" : late.toDays() + " days";
  }

  static String shown(ZonedDateTime time) {
    return SHOWN.format(time.withZoneSameInstant(UK)).replace("AM", "am").replace("PM", "pm");
  }
}
