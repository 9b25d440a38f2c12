package org.commissioninghub.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keys that seal the audit chain, supplied from outside the database: {@code
 * commissioning.audit.key} (COMMISSIONING_AUDIT_KEY) seals new entries; {@code
 * commissioning.audit.old-keys} keeps retired keys so the entries they sealed can still be checked.
 * Each is written {@code id:secret}. On the embedded H2 default with no key given, one is generated
 * into {@code audit.key} beside the database file, so the zero-setup start keeps working.
 */
@Component
public class AuditKeys {

  private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);
  private static final int MIN_SECRET = 32;

  /** A key: its id is stored on every entry it seals, so keys can be rotated. */
  record Key(String id, byte[] secret) {}

  private final Key current;
  private final Map<String, Key> all = new LinkedHashMap<>();
  private final Long pinnedKeyedFrom;

  AuditKeys(
      @Value("${commissioning.audit.key:}") String key,
      @Value("${commissioning.audit.old-keys:}") String oldKeys,
      @Value("${commissioning.audit.keyed-from:#{null}}") Long pinnedKeyedFrom,
      @Value("${spring.datasource.url:}") String databaseUrl) {
    this.current =
        key.isBlank()
            ? fallback(databaseUrl)
            : parse(key.strip(), "commissioning.audit.key (COMMISSIONING_AUDIT_KEY)");
    all.put(current.id(), current);
    for (String old : oldKeys.split(",")) {
      if (!old.isBlank()) {
        Key k = parse(old.strip(), "commissioning.audit.old-keys");
        all.putIfAbsent(k.id(), k);
      }
    }
    this.pinnedKeyedFrom = pinnedKeyedFrom;
  }

  Key current() {
    return current;
  }

  Optional<Key> find(String id) {
    return Optional.ofNullable(all.get(id));
  }

  /**
   * Where the operator says the keyed chain starts (commissioning.audit.keyed-from), if set: kept
   * outside the database, so a trail re-hashed entirely in the old scheme cannot move it.
   */
  Optional<Long> pinnedKeyedFrom() {
    return Optional.ofNullable(pinnedKeyedFrom);
  }

  static Key parse(String text, String setting) {
    int colon = text.indexOf(':');
    String id = colon > 0 ? text.substring(0, colon) : null;
    String secret = colon > 0 ? text.substring(colon + 1) : text;
    if (secret.length() < MIN_SECRET) {
      throw new IllegalStateException(
          setting
              + " is too short: give at least "
              + MIN_SECRET
              + " random characters, e.g. the output of `openssl rand -base64 32`");
    }
    if (id == null) {
      id = "k" + fingerprint(secret);
    } else if (!id.matches("[A-Za-z0-9._-]{1,40}")) {
      throw new IllegalStateException(
          setting + ": the key id before ':' may hold only letters, digits, . _ - (at most 40)");
    }
    return new Key(id, secret.getBytes(StandardCharsets.UTF_8));
  }

  private static Key fallback(String databaseUrl) {
    if (databaseUrl.startsWith("jdbc:h2:mem:")) {
      // The data lives only as long as the process, so may its key.
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      return new Key("memory", secret);
    }
    Optional<Path> file = keyFileBeside(databaseUrl);
    if (file.isEmpty()) {
      throw new IllegalStateException(
          "No audit key. Set COMMISSIONING_AUDIT_KEY (commissioning.audit.key) to id:secret, e.g."
              + " \"2026-01:$(openssl rand -base64 32)\", and keep a copy outside the database:"
              + " without it the audit trail's seals cannot be checked. See the README, Security.");
    }
    return readOrCreate(file.get());
  }

  /** The embedded H2 file database keeps its key in audit.key in the same directory. */
  static Optional<Path> keyFileBeside(String databaseUrl) {
    if (!databaseUrl.startsWith("jdbc:h2:")) {
      return Optional.empty();
    }
    String location = databaseUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
    if (location.startsWith("file:")) {
      location = location.substring("file:".length());
    } else if (location.matches("^(mem|tcp|ssl|zip|nio\\w*|split|async|memFS|memLZF):.*")) {
      return Optional.empty();
    }
    if (location.startsWith("~")) {
      location = System.getProperty("user.home") + location.substring(1);
    }
    Path parent = Path.of(location).toAbsolutePath().normalize().getParent();
    return Optional.of(parent.resolve("audit.key"));
  }

  private static Key readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getEncoder().encodeToString(random);
        String text = "h2-" + fingerprint(secret) + ":" + secret + "\n";
        Files.createDirectories(file.getParent());
        try {
          Files.writeString(file, text, java.nio.file.StandardOpenOption.CREATE_NEW);
          restrict(file);
          log.warn(
              "Generated the audit key {}: it seals the audit trail. Keep a copy somewhere the"
                  + " database's users cannot reach; without it the trail cannot be checked.",
              file);
        } catch (FileAlreadyExistsException raced) {
          // Another instance wrote it first: use theirs.
        }
      }
      Key key = parse(Files.readString(file).strip(), file.toString());
      log.info("Audit trail sealed with key '{}' from {}", key.id(), file);
      return key;
    } catch (IOException e) {
      throw new IllegalStateException("Could not read or create the audit key " + file, e);
    }
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the file keeps the directory's permissions.
    }
  }

  private static String fingerprint(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
