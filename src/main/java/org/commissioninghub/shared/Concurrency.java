package org.commissioninghub.shared;

import org.springframework.dao.DuplicateKeyException;

/** The words for a change the database refused because another was saved at the same moment. */
final class Concurrency {

  private Concurrency() {}

  static String code(RuntimeException e) {
    return e instanceof DuplicateKeyException ? "ALREADY-SAVED" : "CONCURRENT-CHANGE";
  }

  static String message(RuntimeException e) {
    return e instanceof DuplicateKeyException
        ? "The same record was saved by someone else at the same moment, so this one was not:"
            + " nothing was changed. Look again before trying again."
        : "Another change to the same records was being saved at the same moment, so this one was"
            + " not: nothing was changed. Try again.";
  }
}
