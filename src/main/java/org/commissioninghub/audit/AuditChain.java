package org.commissioninghub.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How an audit entry's hash is made from its content and the hash of the entry before it. Entries
 * are sealed with HMAC-SHA256 under a key kept outside the database, so whoever can write the
 * database cannot re-hash a changed chain; entries written before keys existed used plain SHA-256
 * ({@link #hash}) and are still checked that way.
 */
public final class AuditChain {

  public static final String GENESIS = "genesis";

  private AuditChain() {}

  /** The old, unkeyed scheme: anyone can recompute it, so it proves nothing against the DBA. */
  public static String hash(
      String previousHash,
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      String details,
      String changes) {
    byte[] content =
        content(previousHash, occurredAt, actor, action, entityType, entityId, details, changes);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The keyed scheme: HMAC-SHA256 of the same content under the given secret. */
  public static String seal(
      byte[] secret,
      String previousHash,
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      String details,
      String changes) {
    byte[] content =
        content(previousHash, occurredAt, actor, action, entityType, entityId, details, changes);
    return hmac(secret, content);
  }

  /** HMAC-SHA256 of the bytes under the secret, in hex: the seal of entries and checkpoints. */
  static String hmac(byte[] secret, byte[] content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(content));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private static byte[] content(
      String previousHash,
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      String details,
      String changes) {
    // A unit separator between fields, so that moving text from one field to the next changes it.
    return String.join(
            "\u001f",
            previousHash,
            occurredAt.toString(),
            actor,
            action,
            entityType,
            entityId,
            details == null ? "" : details,
            changes == null ? "" : changes)
        .getBytes(StandardCharsets.UTF_8);
  }
}
