package org.commissioninghub.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One line of the checkpoint file: the chain head's newest entry and its hash at a moment, signed
 * (HMAC-SHA256) with the audit key named by its id. Written {@code <entry id> <entry hash> <time>
 * <key id> <signature>}, separated by single spaces.
 */
record AuditCheckpoint(long entryId, String entryHash, Instant at, String keyId, String mac) {

  /** Longer lines are not checkpoints: nothing is parsed from them. */
  static final int MAX_LINE = 400;

  static AuditCheckpoint sign(AuditKeys.Key key, long entryId, String entryHash, Instant at) {
    return new AuditCheckpoint(
        entryId, entryHash, at, key.id(), mac(key.secret(), entryId, entryHash, at, key.id()));
  }

  String line() {
    return entryId + " " + entryHash + " " + at + " " + keyId + " " + mac;
  }

  boolean signedWith(byte[] secret) {
    return MessageDigest.isEqual(
        mac.getBytes(StandardCharsets.US_ASCII),
        mac(secret, entryId, entryHash, at, keyId).getBytes(StandardCharsets.US_ASCII));
  }

  /** The line as a checkpoint, or empty if it does not have a checkpoint's form. */
  static Optional<AuditCheckpoint> parse(String line) {
    if (line.length() > MAX_LINE) {
      return Optional.empty();
    }
    String[] f = line.split(" ", -1);
    if (f.length != 5 || !f[0].matches("[1-9][0-9]{0,18}") || !f[4].matches("[0-9a-f]{64}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new AuditCheckpoint(Long.parseLong(f[0]), f[1], Instant.parse(f[2]), f[3], f[4]));
    } catch (NumberFormatException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String mac(
      byte[] secret, long entryId, String entryHash, Instant at, String keyId) {
    // "checkpoint" first, so a checkpoint's signature can never pass for an entry's seal.
    String content = String.join("\u001f", "checkpoint", "" + entryId, entryHash, "" + at, keyId);
    return AuditChain.hmac(secret, content.getBytes(StandardCharsets.UTF_8));
  }
}
