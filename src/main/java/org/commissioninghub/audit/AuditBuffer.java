package org.commissioninghub.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transaction's audit entries, held until just before it commits. Then they are sealed onto the
 * chain, so the chain head is locked only for those inserts and the commit, not for the whole
 * business transaction. If the transaction rolls back, they vanish with it.
 */
final class AuditBuffer implements TransactionSynchronization {

  private final AuditAppender appender;
  private final List<PendingEntry> pending = new ArrayList<>();
  private boolean committing;

  private AuditBuffer(AuditAppender appender) {
    this.appender = appender;
  }

  /** The current transaction's buffer, registered on first use. */
  static AuditBuffer current(AuditAppender appender) {
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      if (s instanceof AuditBuffer buffer) {
        return buffer;
      }
    }
    AuditBuffer buffer = new AuditBuffer(appender);
    TransactionSynchronizationManager.registerSynchronization(buffer);
    return buffer;
  }

  /** The current transaction's buffer if it holds entries; null otherwise. */
  static AuditBuffer ifPending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      if (s instanceof AuditBuffer buffer && !buffer.pending.isEmpty()) {
        return buffer;
      }
    }
    return null;
  }

  void add(PendingEntry entry) {
    if (committing) {
      // Recorded by another before-commit callback after ours ran: the head is locked by now.
      appender.append(List.of(entry));
    } else {
      pending.add(entry);
    }
  }

  /**
   * Writes what is held now. Called before the commit, and before the trail is read inside the
   * transaction, so the transaction sees its own entries (it then holds the head lock until it
   * ends, as every transaction did before entries were buffered).
   */
  void writePending() {
    List<PendingEntry> entries = List.copyOf(pending);
    pending.clear();
    appender.append(entries);
  }

  @Override
  public void beforeCommit(boolean readOnly) {
    committing = true;
    writePending();
  }

  @Override
  public void afterCompletion(int status) {
    pending.clear();
  }

  /** Last, so entries recorded by other before-commit callbacks are usually in the batch. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
