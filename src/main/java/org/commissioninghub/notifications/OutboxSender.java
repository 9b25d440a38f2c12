package org.commissioninghub.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Delivers queued emails through SMTP, and retries the ones that failed. */
@Component
@EnableScheduling
class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
  private static final int MAX_ATTEMPTS = 20;

  private final JdbcClient jdbc;
  private final JavaMailSender mail;
  private final Clock clock;
  private final String from;

  OutboxSender(
      JdbcClient jdbc,
      JavaMailSender mail,
      Clock clock,
      @Value("${commissioning.mail.from}") String from) {
    this.jdbc = jdbc;
    this.mail = mail;
    this.clock = clock;
    this.from = from;
  }

  /**
   * Sends one queued email unless it has gone already or another instance is sending it: the claim
   * is committed on its own before sending, and lapses after five minutes if that instance dies.
   */
  void send(long id) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int claimed =
        jdbc.sql(
                "UPDATE outbound_email SET claimed_until = ? WHERE id = ? AND sent_at IS NULL"
                    + " AND (claimed_until IS NULL OR claimed_until < ?)")
            .params(now.plusMinutes(5), id, now)
            .update();
    if (claimed == 0) {
      return;
    }
    jdbc.sql("SELECT recipient, subject, body FROM outbound_email WHERE id = ? AND sent_at IS NULL")
        .param(id)
        .query(
            (rs, n) ->
                new Queued(
                    id, rs.getString("recipient"), rs.getString("subject"), rs.getString("body")))
        .optional()
        .ifPresent(this::deliver);
  }

  @Scheduled(fixedDelayString = "${commissioning.mail.retry-every:PT1M}")
  void retryUnsent() {
    jdbc.sql(
            "SELECT id FROM outbound_email WHERE sent_at IS NULL AND attempts < ? AND queued_at < ? ORDER BY id")
        // Newer ones are still being sent straight after their commit.
        .params(MAX_ATTEMPTS, OffsetDateTime.now(clock).minusSeconds(30))
        .query(Long.class)
        .list()
        .forEach(this::send);
  }

  private void deliver(Queued email) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(email.to());
    message.setSubject(email.subject());
    message.setText(email.body());
    try {
      mail.send(message);
      jdbc.sql("UPDATE outbound_email SET sent_at = ?, attempts = attempts + 1 WHERE id = ?")
          .params(OffsetDateTime.now(clock), email.id())
          .update();
    } catch (MailException e) {
      LOG.warn("Could not send email {} yet: {}", email.id(), e.getMessage());
      jdbc.sql(
              "UPDATE outbound_email SET attempts = attempts + 1, last_error = ?, claimed_until = NULL WHERE id = ?")
          .params(truncate(e.getMessage()), email.id())
          .update();
    }
  }

  private static String truncate(String text) {
    return text == null ? null : text.length() > 1000 ? text.substring(0, 1000) : text;
  }

  private record Queued(long id, String to, String subject, String body) {}
}
