package org.commissioninghub.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the whole chain. Reports each entry whose seal does not match its content, each link that
 * does not point at the entry before it (a row removed or inserted), an unkeyed entry where the
 * keyed chain has begun (re-hashed without the key), and a head that does not match the newest
 * entry (rows removed from the end). Then checks the signed checkpoints kept outside the database
 * ({@link CheckpointCheck}), which catch the newest entries removed together with the head; when
 * the trail is intact, it checkpoints the head it has just verified.
 */
@Component
class AuditVerifier {

  /** Problems listed in full; a chain re-hashed from the start would otherwise list every entry. */
  static final int MAX_LISTED = 100;

  private final JdbcClient jdbc;
  private final AuditKeys keys;
  private final AuditCheckpoints checkpoints;

  AuditVerifier(JdbcClient jdbc, AuditKeys keys, AuditCheckpoints checkpoints) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.checkpoints = checkpoints;
  }

  AuditVerification verify() {
    Map<String, Object> head =
        jdbc.sql("SELECT last_hash, keyed_from FROM audit_chain_head WHERE id = 1")
            .query()
            .singleRow();
    Long keyedFrom =
        head.get("keyed_from") == null ? null : ((Number) head.get("keyed_from")).longValue();
    CheckpointCheck checked = CheckpointCheck.read(checkpoints.file(), keys);
    Walk walk = new Walk(keyedFrom, checked);
    jdbc.sql(
            "SELECT id, occurred_at, actor, action, entity_type, entity_id, details, changes,"
                + " previous_hash, entry_hash, key_id FROM audit_event ORDER BY id")
        .query((org.springframework.jdbc.core.RowCallbackHandler) walk::check);
    walk.endBrokenRun();
    if (!head.get("last_hash").equals(walk.previous)) {
      walk.problem("The newest entries were removed: the chain ends before the recorded head");
    }
    if (walk.checked > 0 && walk.firstKeyed == null) {
      walk.problem(
          "None of the "
              + walk.checked
              + " entries is sealed with the audit key: the whole trail is in the old, unkeyed"
              + " scheme, which anyone who can write the database can recompute");
    } else if (walk.firstKeyed != null && !walk.firstKeyed.equals(keyedFrom)) {
      walk.problem(
          "The chain head says the keyed chain starts at entry "
              + keyedFrom
              + " but the first keyed entry is "
              + walk.firstKeyed);
    }
    Optional<Long> pinned = keys.pinnedKeyedFrom();
    if (pinned.isPresent() && !pinned.get().equals(walk.firstKeyed)) {
      walk.problem(
          "The keyed chain should start at entry "
              + pinned.get()
              + " (commissioning.audit.keyed-from) but starts at "
              + (walk.firstKeyed == null ? "no entry" : "entry " + walk.firstKeyed)
              + ": the entries before it were re-hashed without the key");
    }
    checked.problems(walk.lastId).forEach(walk::problem);
    List<String> problems = walk.problems();
    if (problems.isEmpty() && walk.lastId != null) {
      checkpoints.checkpoint(walk.lastId, walk.previous);
    }
    return new AuditVerification(walk.checked, walk.scheme(), checked.summary(), problems);
  }

  /** The state of one walk along the chain, oldest entry first. */
  private final class Walk {
    private final Long keyedFrom;
    private final CheckpointCheck checkpoints;
    private final List<String> problems = new ArrayList<>();
    private final TreeSet<String> keyIds = new TreeSet<>();
    private int unlisted;
    private String previous = AuditChain.GENESIS;
    private long checked;
    private long unkeyed;
    private Long firstKeyed;
    private long brokenRun;
    private String brokenFrom;
    private Long lastId;

    Walk(Long keyedFrom, CheckpointCheck checkpoints) {
      this.keyedFrom = keyedFrom;
      this.checkpoints = checkpoints;
    }

    void check(java.sql.ResultSet rs) throws java.sql.SQLException {
      long id = rs.getLong("id");
      String previousHash = rs.getString("previous_hash");
      String entryHash = rs.getString("entry_hash");
      String keyId = rs.getString("key_id");
      String what =
          "Entry "
              + id
              + " ("
              + rs.getString("action")
              + " "
              + rs.getString("entity_type")
              + " "
              + rs.getString("entity_id")
              + ")";
      checked++;
      if (!previous.equals(previousHash)) {
        problem(
            "Entry "
                + id
                + " does not follow the entry before it: an entry was removed or inserted");
      }
      String expected = null;
      if (keyId == null) {
        unkeyed++;
        if (firstKeyed != null || (keyedFrom != null && id >= keyedFrom)) {
          problem(
              what
                  + " is not sealed with the audit key, though the keyed chain began at entry "
                  + (firstKeyed != null ? firstKeyed : keyedFrom)
                  + ": it was re-hashed without the key");
        } else {
          expected =
              AuditChain.hash(
                  previousHash == null ? "" : previousHash,
                  rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                  rs.getString("actor"),
                  rs.getString("action"),
                  rs.getString("entity_type"),
                  rs.getString("entity_id"),
                  rs.getString("details"),
                  rs.getString("changes"));
        }
      } else {
        if (firstKeyed == null) {
          firstKeyed = id;
        }
        keyIds.add(keyId);
        Optional<AuditKeys.Key> key = keys.find(keyId);
        if (key.isEmpty()) {
          problem(
              what
                  + " is sealed with key '"
                  + keyId
                  + "', which is not configured: add it to commissioning.audit.old-keys to check"
                  + " it");
        } else {
          expected =
              AuditChain.seal(
                  key.get().secret(),
                  previousHash == null ? "" : previousHash,
                  rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                  rs.getString("actor"),
                  rs.getString("action"),
                  rs.getString("entity_type"),
                  rs.getString("entity_id"),
                  rs.getString("details"),
                  rs.getString("changes"));
        }
      }
      if (expected != null && !expected.equals(entryHash)) {
        if (brokenRun == 0) {
          brokenFrom = what;
        }
        brokenRun++;
      } else {
        endBrokenRun();
      }
      previous = entryHash;
      lastId = id;
      checkpoints.entry(id, entryHash);
    }

    /**
     * Entries whose seals fail one after another are reported as one problem: a chain re-hashed
     * without the key fails from the first entry re-hashed to the end, and it is that first entry
     * that says where the forgery starts.
     */
    void endBrokenRun() {
      long run = brokenRun;
      brokenRun = 0;
      if (run == 1) {
        add(brokenFrom + " was changed after it was written: its seal does not match");
      } else if (run > 1) {
        add(
            brokenFrom
                + " and the "
                + (run - 1)
                + " entries after it do not match their seals: changed after they were written,"
                + " or re-hashed without the key from there on");
      }
    }

    void problem(String text) {
      endBrokenRun();
      add(text);
    }

    private void add(String text) {
      if (problems.size() < MAX_LISTED) {
        problems.add(text);
      } else {
        unlisted++;
      }
    }

    List<String> problems() {
      List<String> all = new ArrayList<>(problems);
      if (unlisted > 0) {
        all.add("… and " + unlisted + " more problems not listed");
      }
      return all;
    }

    String scheme() {
      if (checked == 0) {
        return "The trail is empty.";
      }
      if (firstKeyed == null) {
        return "No entry is sealed with the audit key.";
      }
      String keyed =
          "The keyed chain (HMAC-SHA256, key "
              + String.join(", ", keyIds)
              + ") starts at entry "
              + firstKeyed
              + ".";
      return unkeyed == 0
          ? keyed
          : keyed
              + " The "
              + unkeyed
              + " entries before it were written before keys were used and are checked with plain"
              + " SHA-256; entry "
              + firstKeyed
              + "'s seal covers the hash of the entry before it, so they cannot be changed without"
              + " the key either.";
    }
  }
}
