package org.commissioninghub.audit;

import java.util.List;

/** The result of walking the audit chain: how many entries, and what is wrong. */
public record AuditVerification(long entriesChecked, List<String> problems) {

  public boolean intact() {
    return problems.isEmpty();
  }
}
