package org.commissioninghub.contracts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A contract's term as its decisions leave it: the end in force (initial end plus the extensions
 * taken, exceptions only once approved), the options left, the next option's decision deadline and
 * the latest possible end (the end in force plus every option left, unless a decision not to extend
 * has been recorded since the last extension).
 */
public record ContractTerm(
    LocalDate initialEnd,
    LocalDate currentEnd,
    int optionsUsed,
    int optionsLeft,
    int exceptions,
    boolean declined,
    LocalDate latestPossibleEnd,
    LocalDate nextDecisionDeadline,
    boolean awaitingApproval) {

  /** The notice period used when a contract does not say: six months before the end in force. */
  public static final int DEFAULT_NOTICE_MONTHS = 6;

  public static ContractTerm of(ContractView contract, List<ExtensionDecision> decisions) {
    LocalDate initialEnd = contract.initialEndDate();
    LocalDate end = initialEnd;
    int used = 0;
    int exceptions = 0;
    boolean declined = false;
    boolean awaiting = false;
    for (ExtensionDecision d : decisions) {
      if (d.approval() == ExceptionApproval.AWAITING) {
        awaiting = true;
      }
      if (d.extendsTerm()) {
        end = d.newEnd();
        declined = false;
        if (d.exception()) {
          exceptions++;
        } else {
          used++;
        }
      } else if (d.outcome() == ExtensionOutcome.DO_NOT_EXTEND) {
        declined = true;
      }
    }
    int left = Math.max(0, contract.maxExtensions() - used);
    LocalDate latest = end;
    LocalDate nextDeadline = null;
    if (end != null && !declined && left > 0 && contract.extensionMonths() != null) {
      latest = extend(end, contract.extensionMonths() * left);
      nextDeadline = deadline(end, contract.noticeMonths());
    }
    return new ContractTerm(
        initialEnd, end, used, left, exceptions, declined, latest, nextDeadline, awaiting);
  }

  /** The decision deadline for an option exercised at the end of a term ending on the day. */
  public static LocalDate deadline(LocalDate endInForce, int noticeMonths) {
    return endInForce.plusDays(1).minusMonths(noticeMonths).minusDays(1);
  }

  /** The last day of a period of whole months following a term that ends on the day. */
  public static LocalDate extend(LocalDate endInForce, int months) {
    return endInForce.plusDays(1).plusMonths(months).minusDays(1);
  }

  /** Each option still open, with the end it would follow and its decision deadline. */
  public List<Option> openOptions(ContractView contract) {
    List<Option> options = new ArrayList<>();
    if (currentEnd == null || declined || contract.extensionMonths() == null) {
      return options;
    }
    LocalDate end = currentEnd;
    for (int i = 1; i <= optionsLeft; i++) {
      LocalDate newEnd = extend(end, contract.extensionMonths());
      options.add(new Option(optionsUsed + i, end, newEnd, deadline(end, contract.noticeMonths())));
      end = newEnd;
    }
    return options;
  }

  /** An extension option not yet decided. */
  public record Option(int number, LocalDate follows, LocalDate wouldEnd, LocalDate decideBy) {}
}
