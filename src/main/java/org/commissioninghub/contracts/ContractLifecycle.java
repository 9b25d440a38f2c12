package org.commissioninghub.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract's life after award: extension decisions (with exceptions approved by a second person),
 * variations with their history, and re-commissioning before the final end.
 */
@Service
public class ContractLifecycle {

  private final Contracts contracts;
  private final ContractLifecycleRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  ContractLifecycle(
      Contracts contracts, ContractLifecycleRepository repository, AuditLog audit, Clock clock) {
    this.contracts = contracts;
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<ExtensionDecision> extensions(String contractId) {
    return repository.extensions(contracts.get(contractId).id());
  }

  @Transactional(readOnly = true)
  public List<ContractVariation> variations(String contractId) {
    return repository.variations(contracts.get(contractId).id());
  }

  @Transactional(readOnly = true)
  public ContractTerm term(String contractId) {
    ContractView contract = contracts.get(contractId);
    return ContractTerm.of(contract, repository.extensions(contract.id()));
  }

  @Transactional(readOnly = true)
  public RecommissioningPlan plan(String contractId) {
    ContractView contract = contracts.get(contractId);
    ContractTerm term = ContractTerm.of(contract, repository.extensions(contract.id()));
    return RecommissioningPlan.of(term.latestPossibleEnd(), contract.recommissioningLeadMonths());
  }

  /**
   * Records a decision on the next extension option. Refused (nothing changes) when the evidence is
   * missing, when the decision is dated after the end in force or in the future, when the options
   * are used up and it is not recorded as an exception with reasons, or when the contract changed
   * since the page was opened. A decision after its deadline is kept and flagged late.
   */
  @Transactional
  public ExtensionDecision decide(
      String contractId, int version, ExtensionCommand command, String username) {
    ContractView contract = contracts.get(contractId);
    List<ExtensionDecision> history = repository.extensions(contract.id());
    ContractTerm term = ContractTerm.of(contract, history);
    LocalDate today = LocalDate.now(clock);
    Problems problems = new Problems();
    ExtensionOutcome outcome =
        blank(command.outcome())
            ? null
            : problems.parse(
                "outcome",
                command.outcome(),
                t -> Codes.parse(ExtensionOutcome.class, t, "extension outcome"));
    if (blank(command.outcome())) {
      problems.add("outcome", "Select whether the contract is extended");
    }
    problems.required(
        "performance", command.performance(), "Enter the evidence on the provider's performance");
    problems.required(
        "quality", command.quality(), "Enter the evidence on the quality of the service");
    problems.required(
        "funding", command.funding(), "Enter whether funding is available for the period");
    LocalDate decidedOn =
        blank(command.decidedOn())
            ? today
            : Dates.parseOptional(problems, "decidedOn", command.decidedOn());
    if (decidedOn != null && decidedOn.isAfter(today)) {
      problems.add("decidedOn", "The decision date cannot be in the future");
    }
    LocalDate end = term.currentEnd();
    if (end == null) {
      problems.add(
          "outcome", "Record the contract's initial end date before deciding on an extension");
    } else if (decidedOn != null && decidedOn.isAfter(end)) {
      problems.add(
          "decidedOn",
          "The contract ended on "
              + Dates.format(end)
              + "; a decision to extend it must be made by then, not on "
              + Dates.format(decidedOn));
    }
    Integer months = null;
    LocalDate newEnd = null;
    boolean beyondOptions = term.optionsLeft() == 0;
    if (outcome == ExtensionOutcome.EXTEND && end != null) {
      months = months(command, contract, end, problems);
      newEnd = months == null ? null : ContractTerm.extend(end, months);
      if (beyondOptions && !command.exception()) {
        problems.add(
            "exception",
            "All "
                + contract.maxExtensions()
                + " extension options have been used; an extension beyond them must be recorded"
                + " as an exception, with reasons, and approved by someone else");
      }
    }
    if (command.exception()) {
      if (outcome != ExtensionOutcome.EXTEND) {
        problems.add("exception", "Only an extension can be recorded as an exception");
      } else if (!beyondOptions) {
        problems.add(
            "exception",
            "The contract still has "
                + term.optionsLeft()
                + " extension option(s); record this as an ordinary extension");
      }
      problems.required(
          "exceptionReasons",
          command.exceptionReasons(),
          "Enter the reasons for extending beyond the contract's options");
    }
    problems.throwIfAny("CONTRACT-10");
    if (term.awaitingApproval()) {
      throw new ConflictException(
          "CONTRACT-11",
          "An exception is awaiting approval; it must be approved or refused before another"
              + " extension decision is recorded");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!repository.touch(contract.id(), version, now)) {
      throw new ConflictException(
          "CONTRACT-2", audit.changedSinceOpened("contract", contractId, "contract"));
    }
    LocalDate deadline = ContractTerm.deadline(end, contract.noticeMonths());
    ExtensionDecision decision =
        new ExtensionDecision(
            0,
            history.size() + 1,
            outcome,
            end,
            months,
            newEnd,
            command.performance().strip(),
            command.quality().strip(),
            command.funding().strip(),
            username,
            decidedOn,
            deadline,
            decidedOn.isAfter(deadline),
            command.exception(),
            command.exception() ? command.exceptionReasons().strip() : null,
            command.exception() ? ExceptionApproval.AWAITING : ExceptionApproval.NOT_NEEDED,
            null,
            null,
            null,
            now);
    repository.insertExtension(contract.id(), decision);
    if (decision.extendsTerm()) {
      repository.setStatus(contract.id(), ContractStatus.EXTENDED);
    }
    audit.record(
        "contract.extension.decided",
        "contract",
        contractId,
        "decision "
            + decision.number()
            + ": "
            + outcome.label()
            + (newEnd == null ? "" : " to " + newEnd)
            + (decision.late() ? ", late (deadline " + deadline + ")" : "")
            + (decision.exception() ? ", exception awaiting approval" : "")
            + " by "
            + username);
    return repository.extensions(contract.id()).get(decision.number() - 1);
  }

  /**
   * Approves or refuses an exception. The approver must be someone other than who recorded it; an
   * approved exception moves the contract's end.
   */
  @Transactional
  public ExtensionDecision answerException(
      String contractId, int number, boolean approve, String note, String username) {
    return answerException(contractId, number, approve, note, username, null);
  }

  /**
   * Approves or refuses an exception on a given day (today when null): for recording an approval
   * given before the system was in use. The day cannot be in the future or before the decision.
   */
  @Transactional
  public ExtensionDecision answerException(
      String contractId,
      int number,
      boolean approve,
      String note,
      String username,
      LocalDate answeredOn) {
    ContractView contract = contracts.get(contractId);
    List<ExtensionDecision> history = repository.extensions(contract.id());
    ExtensionDecision d =
        history.stream()
            .filter(e -> e.number() == number)
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("extension decision", contractId + "/" + number));
    ExceptionApproval answer = approve ? ExceptionApproval.APPROVED : ExceptionApproval.REFUSED;
    if (!d.approval().canMoveTo(answer)) {
      throw new ConflictException(
          "CONTRACT-12",
          "Decision "
              + number
              + " is not an exception awaiting approval ("
              + d.approval().label()
              + ")");
    }
    if (d.decidedBy().equalsIgnoreCase(username)) {
      throw new ConflictException(
          "CONTRACT-13",
          "An exception must be approved by someone other than " + username + ", who recorded it");
    }
    if (!approve && blank(note)) {
      Problems problems = new Problems();
      problems.add("note", "Enter why the exception is refused");
      problems.throwIfAny("CONTRACT-14");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate on = answeredOn == null ? today : answeredOn;
    if (on.isAfter(today) || on.isBefore(d.decidedOn())) {
      Problems problems = new Problems();
      problems.add(
          "approvedOn",
          "The approval date must be between the decision, "
              + Dates.format(d.decidedOn())
              + ", and today");
      problems.throwIfAny("CONTRACT-14");
    }
    if (!repository.answerException(
        d.id(), d.approval(), answer, username, on, blank(note) ? null : note.strip())) {
      throw new ConflictException(
          "CONTRACT-12",
          "Decision " + number + " was approved or refused by someone else just now");
    }
    repository.touch(contract.id(), contract.version(), OffsetDateTime.now(clock));
    if (approve) {
      repository.setStatus(contract.id(), ContractStatus.EXTENDED);
    }
    audit.record(
        approve ? "contract.exception.approved" : "contract.exception.refused",
        "contract",
        contractId,
        "decision " + number + " by " + username + (blank(note) ? "" : ": " + note.strip()));
    return repository.extensions(contract.id()).get(number - 1);
  }

  /** Records a variation and applies it to the contract; the version must match. */
  @Transactional
  public ContractVariation vary(
      String contractId, int version, VariationCommand command, String username) {
    ContractView contract = contracts.get(contractId);
    Problems problems = new Problems();
    VariationField field =
        blank(command.field())
            ? null
            : problems.parse(
                "field",
                command.field(),
                t -> Codes.parse(VariationField.class, t, "thing to vary"));
    if (blank(command.field())) {
      problems.add("field", "Select what the variation changes");
    }
    problems.required("reason", command.reason(), "Enter the reason for the variation");
    problems.required(
        "effectiveDate", command.effectiveDate(), "Enter the date the variation takes effect");
    LocalDate effective = Dates.parseOptional(problems, "effectiveDate", command.effectiveDate());
    String before = null;
    String after = null;
    Money money = null;
    LocalDate newEnd = null;
    Integer newTerm = null;
    if (field != null) {
      switch (field) {
        case ANNUAL_VALUE, TOTAL_VALUE -> {
          money = problems.money("newValue", blank(command.newValue()) ? "" : command.newValue());
          if (money != null && money.isNegative()) {
            problems.add("newValue", "The value cannot be negative");
          }
          Money old =
              field == VariationField.ANNUAL_VALUE ? contract.annualValue() : contract.totalValue();
          before = old == null ? "Not stated" : old.format();
          after = money == null ? null : money.format();
        }
        case SCOPE -> {
          problems.required("newValue", command.newValue(), "Enter the new service description");
          before = contract.serviceDescription();
          after = blank(command.newValue()) ? null : command.newValue().strip();
        }
        case INITIAL_END_DATE -> {
          problems.required("newValue", command.newValue(), "Enter the new initial end date");
          newEnd = Dates.parseOptional(problems, "newValue", command.newValue());
          if (newEnd != null
              && contract.startDate() != null
              && !newEnd.isAfter(contract.startDate())) {
            problems.add("newValue", "The initial end date must be after the start date");
          }
          if (!repository.extensions(contract.id()).isEmpty()) {
            problems.add(
                "field",
                "Extension decisions have been recorded against the initial end date; record a"
                    + " further extension instead of changing it");
          }
          if (newEnd != null && contract.startDate() != null) {
            newTerm = (int) ChronoUnit.MONTHS.between(contract.startDate(), newEnd.plusDays(1));
          }
          before =
              contract.initialEndDate() == null
                  ? "Not stated"
                  : contract.initialEndDate().toString();
          after = newEnd == null ? null : newEnd.toString();
        }
        default -> throw new IllegalStateException(field.name());
      }
    }
    if (field != null && before != null && before.equals(after)) {
      problems.add("newValue", "The new value is the same as the current one");
    }
    problems.throwIfAny("CONTRACT-15");
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!repository.touch(contract.id(), version, now)) {
      throw new ConflictException(
          "CONTRACT-2", audit.changedSinceOpened("contract", contractId, "contract"));
    }
    switch (field) {
      case ANNUAL_VALUE -> repository.setAnnualValue(contract.id(), money.pence());
      case TOTAL_VALUE -> repository.setTotalValue(contract.id(), money.pence());
      case SCOPE -> repository.setScope(contract.id(), after);
      case INITIAL_END_DATE ->
          repository.setInitialEnd(
              contract.id(), newEnd, newTerm == null ? contract.initialTermMonths() : newTerm);
      default -> throw new IllegalStateException(field.name());
    }
    int number = repository.variations(contract.id()).size() + 1;
    ContractVariation variation =
        new ContractVariation(
            0, number, field, before, after, command.reason().strip(), effective, username, now);
    repository.insertVariation(contract.id(), variation);
    audit.recordChange(
        "contract.varied", "contract", contractId, contract, contracts.get(contractId));
    return repository.variations(contract.id()).get(number - 1);
  }

  /** Records the stage re-commissioning has reached. */
  @Transactional
  public void recordStage(String contractId, int version, String stageText, String username) {
    ContractView contract = contracts.get(contractId);
    Problems problems = new Problems();
    RecommissioningStage stage =
        blank(stageText)
            ? null
            : problems.parse(
                "stage",
                stageText,
                t -> Codes.parse(RecommissioningStage.class, t, "re-commissioning stage"));
    if (blank(stageText)) {
      problems.add("stage", "Select the stage re-commissioning has reached");
    }
    problems.throwIfAny("CONTRACT-16");
    if (!repository.touch(contract.id(), version, OffsetDateTime.now(clock))) {
      throw new ConflictException(
          "CONTRACT-2", audit.changedSinceOpened("contract", contractId, "contract"));
    }
    repository.setStage(contract.id(), stage);
    audit.record(
        "contract.recommissioning.stage",
        "contract",
        contractId,
        contract.recommissioningStage().label() + " -> " + stage.label() + " by " + username);
  }

  /**
   * The re-commissioning board: every contract not ended, overdue ones first (oldest overdue date
   * first), then by the earliest date needing action.
   */
  @Transactional(readOnly = true)
  public List<RecommissioningRow> board() {
    LocalDate today = LocalDate.now(clock);
    List<RecommissioningRow> rows = new ArrayList<>();
    for (ContractView c : contracts.list()) {
      if (c.status() == ContractStatus.ENDED) {
        continue;
      }
      rows.add(row(c, ContractTerm.of(c, repository.extensions(c.id())), today));
    }
    rows.sort(
        Comparator.comparing((RecommissioningRow r) -> !r.isOverdue())
            .thenComparing(
                RecommissioningRow::urgentOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.contract().title()));
    return rows;
  }

  static RecommissioningRow row(ContractView c, ContractTerm term, LocalDate today) {
    RecommissioningPlan plan =
        RecommissioningPlan.of(term.latestPossibleEnd(), c.recommissioningLeadMonths());
    RecommissioningStage expected = plan.expectedOn(today);
    RecommissioningStage recorded = c.recommissioningStage();
    List<String> overdue = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    if (term.currentEnd() != null && term.currentEnd().isBefore(today)) {
      overdue.add(
          "Term ended " + Dates.format(term.currentEnd()) + " with no extension or end recorded");
      dates.add(term.currentEnd());
    } else if (term.nextDecisionDeadline() != null && term.nextDecisionDeadline().isBefore(today)) {
      overdue.add("Extension decision was due by " + Dates.format(term.nextDecisionDeadline()));
      dates.add(term.nextDecisionDeadline());
    }
    if (recorded.ordinal() < expected.ordinal()) {
      LocalDate since = plan.startOf(expected);
      overdue.add(
          "Re-commissioning should be at \""
              + expected.label()
              + "\" since "
              + Dates.format(since)
              + "; recorded \""
              + recorded.label()
              + "\"");
      dates.add(since);
    }
    if (term.awaitingApproval()) {
      overdue.add("An extension exception is awaiting approval");
    }
    RecommissioningPlan.Step next = plan.nextAfter(today);
    if (dates.isEmpty()) {
      if (term.nextDecisionDeadline() != null) {
        dates.add(term.nextDecisionDeadline());
      }
      if (next != null) {
        dates.add(next.startsOn());
      }
      if (term.latestPossibleEnd() != null) {
        dates.add(term.latestPossibleEnd());
      }
    }
    LocalDate urgent = dates.stream().min(Comparator.naturalOrder()).orElse(null);
    return new RecommissioningRow(
        c, term, plan, expected, recorded, next, List.copyOf(overdue), urgent);
  }

  private static Integer months(
      ExtensionCommand command, ContractView contract, LocalDate end, Problems problems) {
    if (!blank(command.newEndDate())) {
      LocalDate newEnd = Dates.parseOptional(problems, "newEndDate", command.newEndDate());
      if (newEnd == null) {
        return null;
      }
      if (!newEnd.isAfter(end)) {
        problems.add(
            "newEndDate", "The new end date must be after the end in force, " + Dates.format(end));
        return null;
      }
      long whole = ChronoUnit.MONTHS.between(end.plusDays(1), newEnd.plusDays(1));
      if (whole < 1 || !ContractTerm.extend(end, (int) whole).equals(newEnd)) {
        problems.add(
            "newEndDate",
            "An extension is a number of whole months from "
                + Dates.format(end.plusDays(1))
                + "; "
                + Dates.format(newEnd)
                + " is not the last day of one");
        return null;
      }
      return (int) whole;
    }
    if (!blank(command.months())) {
      try {
        int months = Integer.parseInt(command.months().strip());
        if (months < 1 || months > 60) {
          problems.add("months", "Enter a whole number of months from 1 to 60");
          return null;
        }
        return months;
      } catch (NumberFormatException e) {
        problems.add("months", "Enter the extension as a whole number of months, like 12");
        return null;
      }
    }
    if (contract.extensionMonths() == null) {
      problems.add("months", "Enter how many months the contract is extended by");
      return null;
    }
    return contract.extensionMonths();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
