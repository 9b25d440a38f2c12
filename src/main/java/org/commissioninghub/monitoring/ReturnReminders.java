package org.commissioninghub.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.commissioninghub.identity.UserAccounts;
import org.commissioninghub.notifications.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails a provider's users before a return is due and once it is overdue, each reminder once only,
 * however many instances of the app are running: the reminder's row is written in the same
 * transaction as the emails are queued, and its primary key lets only one instance write it.
 */
@Component
class ReturnReminders {

  enum Kind {
    BEFORE_DUE,
    OVERDUE
  }

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final MonitoringRepository returns;
  private final UserAccounts users;
  private final Outbox outbox;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final int daysBefore;
  private final String publicUrl;

  ReturnReminders(
      MonitoringRepository returns,
      UserAccounts users,
      Outbox outbox,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${commissioning.monitoring.remind-days-before:7}") int daysBefore,
      @Value("${commissioning.public-url:http://localhost:8080}") String publicUrl) {
    this.returns = returns;
    this.users = users;
    this.outbox = outbox;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.daysBefore = daysBefore;
    this.publicUrl = publicUrl;
  }

  @Scheduled(
      cron = "${commissioning.monitoring.reminders-cron:0 0 7 * * *}",
      zone = "Europe/London")
  void scheduled() {
    send();
  }

  /** Sends the reminders due today; returns how many reminders this instance sent. */
  int send() {
    LocalDate today = LocalDate.now(clock);
    int sent = 0;
    for (MonitoringReturnView r : returns.returns(null)) {
      if (!r.status().owed()) {
        continue;
      }
      Kind kind =
          r.overdueOn(today)
              ? Kind.OVERDUE
              : !today.isBefore(r.dueOn().minusDays(daysBefore)) ? Kind.BEFORE_DUE : null;
      if (kind != null && sendOnce(r, kind, today)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean sendOnce(MonitoringReturnView r, Kind kind, LocalDate today) {
    if (r.organisationId() == null) {
      // No provider is recorded, so there is no one to remind; the overdue board still shows it.
      return false;
    }
    List<String> to = users.emailsAt(r.organisationId());
    try {
      Boolean written =
          transaction.execute(
              status -> {
                if (!returns.recordReminder(
                    r.id(), kind.name(), to.size(), OffsetDateTime.now(clock))) {
                  return false;
                }
                for (String address : to) {
                  outbox.queue(
                      address,
                      subject(r, kind),
                      body(r, kind, today),
                      "monitoring-return",
                      String.valueOf(r.id()));
                }
                return true;
              });
      return Boolean.TRUE.equals(written);
    } catch (DataIntegrityViolationException raced) {
      // Another instance wrote this reminder first and sent it.
      return false;
    }
  }

  private static String subject(MonitoringReturnView r, Kind kind) {
    return (kind == Kind.OVERDUE ? "Overdue: " : "Due soon: ")
        + "monitoring return "
        + r.period().label();
  }

  private String body(MonitoringReturnView r, Kind kind, LocalDate today) {
    String when =
        kind == Kind.OVERDUE
            ? "was due on " + DAY.format(r.dueOn()) + " and is " + r.daysLate(today) + " days late"
            : "is due on " + DAY.format(r.dueOn());
    return "The monitoring return for "
        + r.serviceName()
        + " ("
        + r.organisationName()
        + "), "
        + r.period().label()
        + ", "
        + when
        + ".\n\nFill it in and have it certified at "
        + publicUrl
        + "/monitoring/returns/"
        + r.id()
        + "\n";
  }
}
