package org.commissioninghub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.commissioninghub.support.Fixtures;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entries are appended when their transaction commits, so the chain head is not held for the whole
 * business transaction; they vanish with a rollback, and the transaction reads its own entries.
 */
@HubTest
class AuditAtCommitTest {

  @Autowired AuditLog audit;
  @Autowired TransactionTemplate transactions;

  @Test
  void anotherTransactionCanAppendWhileOneThatHasRecordedIsStillOpen() throws Exception {
    String slow = Fixtures.unique("slow");
    String quick = Fixtures.unique("quick");
    CountDownLatch recorded = new CountDownLatch(1);
    CountDownLatch quickDone = new CountDownLatch(1);
    CompletableFuture<Boolean> slowTx =
        CompletableFuture.supplyAsync(
            () ->
                transactions.execute(
                    t -> {
                      audit.record("test.slow", "test", slow, null);
                      recorded.countDown();
                      try {
                        // Held open until the other writer has committed: with the head locked
                        // from the first audit call, the other would wait here for this one.
                        return quickDone.await(30, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                      }
                    }));
    assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();
    transactions.executeWithoutResult(t -> audit.record("test.quick", "test", quick, null));
    quickDone.countDown();
    assertThat(slowTx.get(60, TimeUnit.SECONDS))
        .as("the quick writer committed while the slow one was open")
        .isTrue();
    assertThat(audit.forEntity("test", slow)).hasSize(1);
    assertThat(audit.forEntity("test", quick).get(0).id())
        .as("entries are chained in commit order")
        .isLessThan(audit.forEntity("test", slow).get(0).id());
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void entriesOfATransactionThatRollsBackVanishWithIt() {
    String id = Fixtures.unique("rolled-back");
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    t -> {
                      audit.record("test.rolled-back", "test", id, null);
                      throw new IllegalStateException("business rule failed");
                    }))
        .hasMessage("business rule failed");
    assertThat(audit.forEntity("test", id)).isEmpty();
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void aTransactionReadsTheEntriesItHasRecorded() {
    String id = Fixtures.unique("own");
    int seen =
        transactions.execute(
            t -> {
              audit.record("test.first", "test", id, null);
              audit.record("test.second", "test", id, null);
              int count = audit.forEntity("test", id).size();
              audit.record("test.third", "test", id, null);
              return count;
            });
    assertThat(seen).isEqualTo(2);
    assertThat(audit.forEntity("test", id))
        .extracting(AuditEntry::action)
        .containsExactly("test.third", "test.second", "test.first");
    assertThat(audit.verify().intact()).isTrue();
  }
}
