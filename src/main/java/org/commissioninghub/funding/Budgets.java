package org.commissioninghub.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PCC's budget by line against outturn, and the year-end decisions on what was not spent (or
 * was overspent), on budget lines and on funding streams.
 */
@Service
public class Budgets {

  private final BudgetRepository repository;
  private final FundingStreams streams;
  private final Optional<StreamSpending> spending;
  private final AuditLog audit;
  private final Clock clock;

  Budgets(
      BudgetRepository repository,
      FundingStreams streams,
      Optional<StreamSpending> spending,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.streams = streams;
    this.spending = spending;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public BudgetTable table(FinancialYear year) {
    return new BudgetTable(year, repository.lines(year), repository.decisions(year));
  }

  /** Years with a budget, latest first. */
  @Transactional(readOnly = true)
  public java.util.List<FinancialYear> years() {
    return repository.years();
  }

  @Transactional(readOnly = true)
  public BudgetLineView line(String publicId) {
    return repository
        .line(publicId)
        .orElseThrow(() -> new NotFoundException("budget line", publicId));
  }

  /**
   * Adds a budget line; refused when the year already has a line of that name or the id is used.
   */
  @Transactional
  public BudgetLineView createLine(BudgetLineCommand command) {
    Problems problems = new Problems();
    FinancialYear year = command.year();
    String name = command.name();
    if (repository.exists(year, name)) {
      problems.add("name", year + " already has a budget line called " + name);
    }
    String publicId =
        command.publicId() == null ? Slugs.of(name + " " + year.label()) : command.publicId();
    if (repository.publicIdExists(publicId)) {
      problems.add("publicId", "The id " + publicId + " is already used");
    }
    problems.throwIfAny("BUDGET-2");
    repository.insertLine(
        publicId,
        year,
        name,
        command.budget(),
        command.outturn(),
        command.outturnSource(),
        OffsetDateTime.now(clock));
    BudgetLineView created = line(publicId);
    audit.record("budget-line.created", "budget-line", publicId, created.toString());
    return created;
  }

  /** Records the year's spend on a line from the finance system's outturn. */
  @Transactional
  public BudgetLineView recordOutturn(
      String publicId, int expectedVersion, String amount, String source) {
    BudgetLineView before = line(publicId);
    Problems problems = new Problems();
    Money outturn = requiredMoney(problems, "outturn", amount, "the spend");
    if (outturn != null && outturn.isNegative()) {
      problems.add("outturn", "Spend cannot be less than £0.00");
    }
    problems.required("outturnSource", source, "Say where the figure comes from");
    problems.throwIfAny("BUDGET-3");
    if (!repository.recordOutturn(
        before.id(), expectedVersion, outturn, source.strip(), OffsetDateTime.now(clock))) {
      throw new ConflictException(
          "BUDGET-4", audit.changedSinceOpened("budget-line", publicId, "budget line"));
    }
    BudgetLineView after = line(publicId);
    audit.recordChange("budget-line.outturn", "budget-line", publicId, before, after);
    return after;
  }

  /**
   * Records what is done with a budget line's variance or a stream's unspent money at year end. An
   * underspend can be carried forward or moved to reserves (a stream's only where its terms allow;
   * a stream that must return unspent money can only return it); an overspent line can be covered
   * from reserves; no decision may deal with more than is left to decide.
   */
  @Transactional
  public YearEndDecisionView decide(String username, YearEndCommand command) {
    LocalDate today = LocalDate.now(clock);
    LocalDate decidedOn = command.decidedOn() == null ? today : command.decidedOn();
    if (decidedOn.isAfter(today)) {
      throw InvalidInputException.of(
          "YEAR-END-1", "decidedOn", "A decision cannot be dated in the future");
    }
    if (command.subject() instanceof YearEndCommand.Subject.Line line) {
      return decideOnLine(username, line.publicId(), command, decidedOn);
    }
    return decideOnStream(
        username,
        ((YearEndCommand.Subject.Stream) command.subject()).publicId(),
        command,
        decidedOn);
  }

  private YearEndDecisionView decideOnLine(
      String username, String lineId, YearEndCommand command, LocalDate decidedOn) {
    YearEndOutcome outcome = command.outcome();
    Money amount = command.amount();
    BudgetLineView line = line(lineId);
    // What is left is decided once: the line is locked until this decision is recorded.
    repository.lockLine(line.id());
    BudgetTable table = table(line.year());
    Problems problems = new Problems();
    Money left = table.undecided(line);
    if (left == null) {
      problems.add("budgetLine", "Record the spend on " + line.name() + " before deciding");
    } else if (outcome == YearEndOutcome.RETURN_TO_FUNDER) {
      problems.add("outcome", "A line of the PCC's own budget has no funder to return money to");
    } else if (outcome.disposesOfUnderspend() && amount.isGreaterThan(left)) {
      problems.add(
          "amount",
          line.name()
              + " has "
              + (left.isPositive() ? left.format() : "nothing")
              + " of underspend left to decide, not "
              + amount.format());
    } else if (!outcome.disposesOfUnderspend() && amount.isGreaterThan(Money.ZERO.minus(left))) {
      problems.add(
          "amount",
          line.name()
              + " has "
              + (left.isNegative() ? Money.ZERO.minus(left).format() : "nothing")
              + " of overspend left to cover, not "
              + amount.format());
    }
    checkDate(problems, line.year(), decidedOn);
    problems.throwIfAny("YEAR-END-2");
    repository.insertDecision(
        line.year(),
        line.id(),
        null,
        outcome,
        amount,
        null,
        command.reasons(),
        username,
        decidedOn,
        OffsetDateTime.now(clock));
    return recorded(line.year(), line.publicId());
  }

  private YearEndDecisionView decideOnStream(
      String username, String streamId, YearEndCommand command, LocalDate decidedOn) {
    YearEndOutcome outcome = command.outcome();
    Money amount = command.amount();
    FundingStreamView unlocked = streams.get(streamId);
    streams.lockForAllocation(java.util.List.of(unlocked.id()));
    FundingStreamView stream = streams.get(unlocked.id());
    StreamTerms terms = streams.terms(stream.publicId());
    Problems problems = new Problems();
    FundingStreamView target = null;
    if (outcome == YearEndOutcome.FROM_RESERVES) {
      problems.add(
          "outcome", "A funding stream cannot be overspent; choose what to do with what is left");
    } else if (terms.unspentReturned() && outcome != YearEndOutcome.RETURN_TO_FUNDER) {
      problems.add(
          "outcome",
          stream.name()
              + " must return unspent money to the funder: it cannot be "
              + outcome.label().toLowerCase(java.util.Locale.UK));
    } else if (outcome == YearEndOutcome.CARRY_FORWARD) {
      if (!terms.carryForwardAllowed()) {
        problems.add("outcome", stream.name() + " does not allow money to be carried forward");
      } else if (command.toStream() == null) {
        problems.add("toStream", "Choose next year's stream the money is carried to");
      } else {
        target = streams.get(command.toStream());
        if (!target.year().equals(stream.year().next())) {
          problems.add(
              "toStream",
              "Money from "
                  + stream.year()
                  + " can only be carried to a "
                  + stream.year().next()
                  + " stream, not "
                  + target.year());
        }
      }
    }
    Money left = unspentLeft(stream);
    if (left == null) {
      problems.add("stream", "No amount is recorded as received for " + stream.name());
    } else if (amount.isGreaterThan(left)) {
      problems.add(
          "amount",
          stream.name()
              + " has "
              + (left.isPositive() ? left.format() : "nothing")
              + " unspent and undecided, not "
              + amount.format());
    }
    checkDate(problems, stream.year(), decidedOn);
    problems.throwIfAny("YEAR-END-2");
    repository.insertDecision(
        stream.year(),
        null,
        stream.id(),
        outcome,
        amount,
        target == null ? null : target.id(),
        command.reasons(),
        username,
        decidedOn,
        OffsetDateTime.now(clock));
    return recorded(stream.year(), stream.publicId());
  }

  /**
   * Received plus carried in, less paid and less what earlier year-end decisions disposed of; null
   * when the amount received is not recorded.
   */
  @Transactional(readOnly = true)
  public Money unspentLeft(FundingStreamView stream) {
    if (stream.amount() == null) {
      return null;
    }
    Money paid =
        spending
            .orElseThrow(() -> new IllegalStateException("No payments feature to ask"))
            .paidFrom(stream.id());
    Money carriedIn = Money.ZERO;
    Money disposed = Money.ZERO;
    for (YearEndDecisionView d : repository.decisions(stream.year().previous())) {
      if (d.outcome() == YearEndOutcome.CARRY_FORWARD
          && stream.publicId().equals(d.toStreamPublicId())) {
        carriedIn = carriedIn.plus(d.amount());
      }
    }
    for (YearEndDecisionView d : repository.decisions(stream.year())) {
      if (stream.publicId().equals(d.streamPublicId())) {
        disposed = disposed.plus(d.amount());
      }
    }
    return stream.amount().plus(carriedIn).minus(paid).minus(disposed);
  }

  private static void checkDate(Problems problems, FinancialYear year, LocalDate decidedOn) {
    if (decidedOn != null && decidedOn.isBefore(year.start())) {
      problems.add(
          "decidedOn", "A year-end decision on " + year + " cannot be dated before the year began");
    }
  }

  private YearEndDecisionView recorded(FinancialYear year, String subject) {
    YearEndDecisionView d =
        repository.decisions(year).stream()
            .filter(
                v -> subject.equals(v.budgetLinePublicId()) || subject.equals(v.streamPublicId()))
            .reduce((a, b) -> b)
            .orElseThrow();
    audit.record(
        "year-end.decided",
        d.budgetLinePublicId() != null ? "budget-line" : "funding-stream",
        subject,
        d.outcome().label() + " " + d.amount().format() + ": " + d.reasons());
    return d;
  }

  private static Money requiredMoney(Problems problems, String field, String text, String what) {
    if (text == null || text.isBlank()) {
      problems.add(field, "Enter " + what + ", like £1,250.00");
      return null;
    }
    return problems.money(field, text);
  }
}
