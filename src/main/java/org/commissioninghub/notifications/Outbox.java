package org.commissioninghub.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The notifications feature's public API. An email is stored with the change it reports, so a
 * rolled-back change sends nothing and a committed one is never silently forgotten: if the SMTP
 * server is down, {@link OutboxSender} tries again later.
 */
@Service
public class Outbox {

  private final OutboxRepository repository;
  private final OutboxSender sender;
  private final Clock clock;
  private final org.springframework.core.task.TaskExecutor executor;

  Outbox(
      OutboxRepository repository,
      OutboxSender sender,
      Clock clock,
      @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor")
          org.springframework.core.task.TaskExecutor executor) {
    this.repository = repository;
    this.sender = sender;
    this.clock = clock;
    this.executor = executor;
  }

  /** Queues an email; it is sent after the surrounding transaction commits. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void queue(String to, String subject, String body, String aboutType, String aboutId) {
    long id = repository.insert(to, subject, body, aboutType, aboutId, OffsetDateTime.now(clock));
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            // Off the request thread: a slow or absent mail server must not hold up the reply.
            executor.execute(() -> sender.send(id));
          }
        });
  }

  /** The emails sent (or waiting to be sent) about one record, oldest first. */
  @Transactional(readOnly = true)
  public List<Email> about(String aboutType, String aboutId) {
    return repository.about(aboutType, aboutId);
  }

  /** One email as queued; sentAt is null while it waits. */
  public record Email(
      String to, String subject, String body, OffsetDateTime queuedAt, OffsetDateTime sentAt) {}
}
