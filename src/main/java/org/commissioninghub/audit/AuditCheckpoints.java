package org.commissioninghub.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anchors the chain head outside the database: appends a signed line naming the newest entry and
 * its hash to {@code commissioning.audit.checkpoint-file}, at start-up, every few minutes and after
 * each verification that found the trail intact. The chain alone cannot show that its newest
 * entries were removed and the head moved back; a checkpoint of an entry that has since gone can.
 * The file is only ever appended to, so it can live on append-only or write-once storage.
 */
@Component
@Order(1)
class AuditCheckpoints implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
  static final String BESIDE_THE_DATA = "audit-checkpoints.log";

  private final JdbcClient jdbc;
  private final AuditKeys keys;
  private final Clock clock;
  private final Optional<Path> file;
  private final boolean inMemory;

  AuditCheckpoints(
      JdbcClient jdbc,
      AuditKeys keys,
      Clock clock,
      @Value("${commissioning.audit.checkpoint-file:}") String setting,
      @Value("${spring.datasource.url:}") String databaseUrl) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.clock = clock;
    this.file = location(setting, databaseUrl);
    this.inMemory = databaseUrl.startsWith("jdbc:h2:mem:");
  }

  /** The setting, or beside the embedded H2 file database (like its audit.key); else off. */
  static Optional<Path> location(String setting, String databaseUrl) {
    if (!setting.isBlank()) {
      return Optional.of(Path.of(setting.strip()).toAbsolutePath().normalize());
    }
    return AuditKeys.keyFileBeside(databaseUrl).map(key -> key.resolveSibling(BESIDE_THE_DATA));
  }

  Optional<Path> file() {
    return file;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (file.isEmpty()) {
      if (!inMemory) {
        log.warn(
            "No audit checkpoint file (COMMISSIONING_AUDIT_CHECKPOINT_FILE): removing the newest"
                + " audit entries together with the chain head cannot be detected. Set it to a"
                + " path on storage the database's users cannot write, e.g. another host's mount"
                + " or an append-only (WORM) volume. See the README, Security.");
      }
      return;
    }
    // --verify-audit checkpoints after it has checked the trail, not before.
    if (!args.containsOption("verify-audit") && checkpoint()) {
      log.info("Audit chain head checkpointed to {}", file.get());
    }
  }

  @Scheduled(
      fixedDelayString = "${commissioning.audit.checkpoint-every:5m}",
      initialDelayString = "${commissioning.audit.checkpoint-every:5m}")
  void scheduled() {
    try {
      checkpoint();
    } catch (DataAccessException e) {
      // The database is away: the next run checkpoints whatever the head is by then.
      log.warn("Could not read the audit chain head to checkpoint it: {}", e.getMessage());
    }
  }

  /** Checkpoints the chain head as it is now; false if off, the trail is empty or it failed. */
  boolean checkpoint() {
    if (file.isEmpty()) {
      return false;
    }
    Map<String, Object> head =
        jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")
            .query()
            .singleRow();
    if (head.get("last_id") == null) {
      return false;
    }
    return checkpoint(((Number) head.get("last_id")).longValue(), (String) head.get("last_hash"));
  }

  /**
   * Appends a signed line for this entry unless the file's last line already names it (several
   * instances, or nothing audited since): the file grows only when the head has moved. The file
   * lock, held but never referenced, keeps two instances sharing the file from interleaving.
   */
  @SuppressWarnings("try")
  synchronized boolean checkpoint(long entryId, String entryHash) {
    if (file.isEmpty()) {
      return false;
    }
    Path path = file.get();
    try {
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      // Opened for appending only, so that append-only (chattr +a) and WORM storage accept it.
      try (FileChannel out =
              FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
          FileLock lock = out.lock()) {
        Optional<AuditCheckpoint> last = lastLine(path).flatMap(AuditCheckpoint::parse);
        if (last.isPresent()
            && last.get().entryId() == entryId
            && last.get().entryHash().equals(entryHash)) {
          return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String line = AuditCheckpoint.sign(keys.current(), entryId, entryHash, now).line() + "\n";
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        out.force(false);
        return true;
      }
    } catch (IOException e) {
      log.error("Could not append an audit checkpoint to {}: {}", path, e.toString());
      return false;
    }
  }

  private static Optional<String> lastLine(Path path) throws IOException {
    try (RandomAccessFile in = new RandomAccessFile(path.toFile(), "r")) {
      long length = in.length();
      int size = (int) Math.min(length, AuditCheckpoint.MAX_LINE + 2L);
      byte[] tail = new byte[size];
      in.seek(length - size);
      in.readFully(tail);
      String text = new String(tail, StandardCharsets.UTF_8).stripTrailing();
      return text.isEmpty()
          ? Optional.empty()
          : Optional.of(text.substring(text.lastIndexOf('\n') + 1));
    }
  }
}
