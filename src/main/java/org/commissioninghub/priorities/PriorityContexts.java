package org.commissioninghub.priorities;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The context of each CSA priority in the scrutiny report: every figure carries its source, and
 * every save is a version.
 */
@Service
public class PriorityContexts {

  private final ContextRepository repository;
  private final HorizonScan keepers;
  private final AuditLog audit;
  private final Clock clock;

  PriorityContexts(ContextRepository repository, HorizonScan keepers, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.keepers = keepers;
    this.audit = audit;
    this.clock = clock;
  }

  /** Saves a new version, refused when someone saved one since {@code startedFrom} was opened. */
  @Transactional
  public PriorityContext save(
      Actor actor, FinancialYear year, String priority, int startedFrom, ContextDraft draft) {
    if (!keepers.mayKeep(actor, year)) {
      throw new NotFoundException("priority context", priority);
    }
    PriorityContext latest = latest(year, priority);
    int version = latest == null ? 0 : latest.version();
    if (version != startedFrom) {
      throw new ConflictException(
          "CONTEXT-2",
          (latest == null ? "The context" : latest.writtenBy() + " saved this context")
              + " is at version "
              + version
              + ", not the version "
              + startedFrom
              + " you opened: reload it and add your changes");
    }
    repository.insert(
        year, priority, version + 1, draft, actor.username(), OffsetDateTime.now(clock));
    audit.record(
        "csa.context-saved",
        "csa-priority-context",
        year + "/" + priority,
        "version "
            + (version + 1)
            + ", "
            + draft.figures().size()
            + " figures, by "
            + actor.username());
    return latest(year, priority);
  }

  /** The latest context of each priority that has one. */
  @Transactional(readOnly = true)
  public Map<String, PriorityContext> latest(FinancialYear year) {
    Map<String, PriorityContext> out = new HashMap<>();
    repository.prioritiesWithContext(year).forEach(p -> out.put(p, latest(year, p)));
    return out;
  }

  @Transactional(readOnly = true)
  public PriorityContext latest(FinancialYear year, String priority) {
    return repository.latest(year, priority).orElse(null);
  }
}
