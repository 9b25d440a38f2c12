package org.commissioninghub.audit;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, says where the keyed chain starts. On the first start after upgrading to keyed
 * seals, the trail holds only unkeyed entries: one keyed entry is written at once, so its seal
 * covers them and a verification does not have to wait for the next audited change.
 */
@Component
@Order(0)
class KeyedChainStart implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(KeyedChainStart.class);

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final AuditKeys keys;

  KeyedChainStart(JdbcClient jdbc, AuditLog audit, AuditKeys keys) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.keys = keys;
  }

  @Override
  public void run(ApplicationArguments args) {
    Map<String, Object> head =
        jdbc.sql("SELECT last_id, keyed_from FROM audit_chain_head WHERE id = 1")
            .query()
            .singleRow();
    if (head.get("keyed_from") == null && head.get("last_id") != null) {
      audit.recordFor(
          "system",
          "audit.keyed-chain-started",
          "audit",
          "trail",
          "Entries up to "
              + head.get("last_id")
              + " were written before keyed seals; from here every entry is sealed with key "
              + keys.current().id());
      log.warn(
          "Audit trail: entries up to {} were unkeyed; the keyed chain starts now. This is"
              + " expected once, on the first start after upgrading; at any other time the trail"
              + " was re-hashed without the key.",
          head.get("last_id"));
    }
    Object keyedFrom =
        jdbc.sql("SELECT keyed_from FROM audit_chain_head WHERE id = 1")
            .query()
            .singleRow()
            .get("keyed_from");
    log.info(
        "Audit trail sealed with key '{}'; the keyed chain starts at entry {}.",
        keys.current().id(),
        keyedFrom == null ? "(none yet: the trail is empty)" : keyedFrom);
  }
}
