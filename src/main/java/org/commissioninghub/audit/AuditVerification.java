package org.commissioninghub.audit;

import java.util.List;

/**
 * The result of walking the audit chain: how many entries, which scheme protects which of them
 * (where the keyed chain starts), which checkpoints were checked, and what is wrong.
 */
public record AuditVerification(
    long entriesChecked, String scheme, String checkpoints, List<String> problems) {

  public boolean intact() {
    return problems.isEmpty();
  }
}
