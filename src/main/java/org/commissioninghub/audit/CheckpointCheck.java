package org.commissioninghub.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks the chain against the signed checkpoints kept outside the database: every line must carry
 * a valid signature, every checkpointed entry must still be there with the same hash, and the chain
 * must reach the newest checkpoint. {@link AuditVerifier} feeds it each entry as it walks.
 */
final class CheckpointCheck {

  private final Path file;
  private final List<String> problems = new ArrayList<>();
  private final Map<Long, List<AuditCheckpoint>> unseen = new HashMap<>();
  private final TreeMap<Long, Instant> lost = new TreeMap<>();
  private long lines;
  private long valid;
  private boolean missingFile;
  private AuditCheckpoint newest;

  private CheckpointCheck(Path file) {
    this.file = file;
  }

  static CheckpointCheck read(Optional<Path> file, AuditKeys keys) {
    CheckpointCheck check = new CheckpointCheck(file.orElse(null));
    if (file.isPresent()) {
      check.load(keys);
    }
    return check;
  }

  private void load(AuditKeys keys) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lines++;
        if (!line.isEmpty()) {
          line(lines, line, keys);
        }
      }
    } catch (NoSuchFileException e) {
      missingFile = true;
    } catch (IOException | RuntimeException e) {
      // A malformed encoding or an unreadable file: the checkpoints could not all be checked.
      problems.add(
          "Could not read the checkpoint file "
              + file
              + " ("
              + e.getMessage()
              + "): the checkpoints after line "
              + lines
              + " were not checked");
    }
  }

  private void line(long number, String text, AuditKeys keys) {
    Optional<AuditCheckpoint> parsed = AuditCheckpoint.parse(text);
    if (parsed.isEmpty()) {
      problems.add(where(number) + " is not a checkpoint: it was changed or added by hand");
      return;
    }
    AuditCheckpoint c = parsed.get();
    Optional<AuditKeys.Key> key = keys.find(c.keyId());
    if (key.isEmpty()) {
      problems.add(
          where(number)
              + " is signed with key '"
              + c.keyId()
              + "', which is not configured: add it to commissioning.audit.old-keys to check it");
    } else if (!c.signedWith(key.get().secret())) {
      problems.add(where(number) + " has been tampered with: its signature does not match");
    } else {
      valid++;
      unseen.computeIfAbsent(c.entryId(), id -> new ArrayList<>()).add(c);
      if (newest == null
          || c.entryId() > newest.entryId()
          || (c.entryId() == newest.entryId() && c.at().isAfter(newest.at()))) {
        newest = c;
      }
    }
  }

  private String where(long number) {
    return "Checkpoint line " + number + " of " + file;
  }

  /** Called for each entry of the chain, in order. */
  void entry(long id, String entryHash) {
    List<AuditCheckpoint> named = unseen.remove(id);
    if (named != null) {
      named.stream().filter(c -> !c.entryHash().equals(entryHash)).forEach(this::lost);
    }
  }

  private void lost(AuditCheckpoint c) {
    lost.merge(c.entryId(), c.at(), (a, b) -> a.isBefore(b) ? a : b);
  }

  /** What is wrong, once every entry has been seen; {@code lastId} is the chain's newest entry. */
  List<String> problems(Long lastId) {
    unseen.values().forEach(cs -> cs.forEach(this::lost));
    unseen.clear();
    List<String> all = new ArrayList<>(problems);
    lost.forEach(
        (id, at) ->
            all.add(
                "Entry "
                    + id
                    + ", checkpointed at "
                    + at
                    + ", is missing or changed: entries were removed or rewritten after it was"
                    + " checkpointed"));
    if (newest != null && (lastId == null || lastId < newest.entryId())) {
      all.add(
          "The chain ends at "
              + (lastId == null ? "no entry" : "entry " + lastId)
              + ", before entry "
              + newest.entryId()
              + " checkpointed at "
              + newest.at()
              + ": the newest entries were removed and the chain head moved back");
    }
    return all;
  }

  String summary() {
    if (file == null) {
      return "No checkpoint file is configured (commissioning.audit.checkpoint-file): the newest"
          + " entries removed together with the chain head would not be detected.";
    }
    if (missingFile) {
      return "The checkpoint file " + file + " does not exist yet: no checkpoints to check.";
    }
    if (newest == null) {
      return "The checkpoint file " + file + " holds no valid checkpoint (" + lines + " lines).";
    }
    return valid
        + (valid == 1 ? " signed checkpoint" : " signed checkpoints")
        + " checked in "
        + file
        + "; the newest names entry "
        + newest.entryId()
        + ", checkpointed at "
        + newest.at()
        + ".";
  }
}
