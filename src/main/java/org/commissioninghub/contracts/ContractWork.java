package org.commissioninghub.contracts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.Role;
import org.commissioninghub.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * Contracts work for officers: extension decisions falling due (the decision deadline of the next
 * option is past or within {@link #WINDOW_MONTHS} months), due by the earliest deadline.
 */
@Component
class ContractWork implements WorkWaiting {

  static final String SECTION = "Contracts";

  /** How far ahead an extension decision counts as falling due. */
  static final int WINDOW_MONTHS = 3;

  private final ContractLifecycle lifecycle;

  ContractWork(ContractLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public List<Work> of(Actor actor, LocalDate today) {
    if (!actor.has(Role.OFFICER)) {
      return List.of();
    }
    List<LocalDate> deadlines = fallingDue(lifecycle.board(), today);
    return List.of(
        Work.due(
            SECTION,
            deadlines.size() == 1
                ? "contract extension decision falling due"
                : "contract extension decisions falling due",
            deadlines.size(),
            "/contracts/recommissioning",
            deadlines.stream().min(Comparator.naturalOrder()).orElse(null),
            today));
  }

  /** The next decision deadlines, on or before the window's end, of the contracts on the board. */
  static List<LocalDate> fallingDue(List<RecommissioningRow> board, LocalDate today) {
    LocalDate horizon = today.plusMonths(WINDOW_MONTHS);
    return board.stream()
        .map(r -> r.term().nextDecisionDeadline())
        .filter(d -> d != null && !d.isAfter(horizon))
        .toList();
  }
}
