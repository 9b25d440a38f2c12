package org.commissioninghub.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** How an audit entry's hash is made from its content and the hash of the entry before it. */
public final class AuditChain {

  public static final String GENESIS = "genesis";

  private AuditChain() {}

  public static String hash(
      String previousHash,
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      String details,
      String changes) {
    // A unit separator between fields, so that moving text from one field to the next changes it.
    String content =
        String.join(
            "\u001f",
            previousHash,
            occurredAt.toString(),
            actor,
            action,
            entityType,
            entityId,
            details == null ? "" : details,
            changes == null ? "" : changes);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
