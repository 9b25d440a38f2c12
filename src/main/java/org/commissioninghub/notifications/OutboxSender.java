package org.commissioninghub.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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

  private final OutboxRepository repository;
  private final JavaMailSender mail;
  private final Clock clock;
  private final String from;

  OutboxSender(
      OutboxRepository repository,
      JavaMailSender mail,
      Clock clock,
      @Value("${commissioning.mail.from}") String from) {
    this.repository = repository;
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
    if (repository.claim(id, now, now.plusMinutes(5))) {
      repository.unsent(id).ifPresent(this::deliver);
    }
  }

  @Scheduled(fixedDelayString = "${commissioning.mail.retry-every:PT1M}")
  void retryUnsent() {
    // Newer ones are still being sent straight after their commit.
    repository
        .toRetry(MAX_ATTEMPTS, OffsetDateTime.now(clock).minusSeconds(30))
        .forEach(this::send);
  }

  private void deliver(OutboxRepository.Queued email) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(email.to());
    message.setSubject(email.subject());
    message.setText(email.body());
    try {
      mail.send(message);
      repository.markSent(email.id(), OffsetDateTime.now(clock));
    } catch (MailException e) {
      LOG.warn("Could not send email {} yet: {}", email.id(), e.getMessage());
      repository.markFailed(email.id(), truncate(e.getMessage()));
    }
  }

  private static String truncate(String text) {
    return text == null ? null : text.length() > 1000 ? text.substring(0, 1000) : text;
  }
}
