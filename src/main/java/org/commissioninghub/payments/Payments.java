package org.commissioninghub.payments;

import java.util.List;
import java.util.Map;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payments feature's public API. Its commands arrive typed: each has a request record (the JSON
 * body and the form as text) whose {@code toCommand()} checks the shape; what is checked here needs
 * the records. Rules kept here, whatever the route: never more paid than awarded on an award line;
 * held payments stay out of runs; the person who puts a run together never approves it, and an
 * approver approves only up to their limit; an import is all or nothing and the same transactions
 * imported twice change nothing.
 */
@Service
public class Payments {

  /** The Specified Information Order publishes expenditure over £500. */
  public static final Money SPEND_THRESHOLD = Money.ofPounds(500);

  private final PaymentRepository repository;
  private final PaymentSchedules schedules;
  private final PaymentRecording recording;
  private final PaymentRuns paymentRuns;
  private final FinanceImports financeImports;
  private final PublicRegisters registers;

  Payments(
      PaymentRepository repository,
      PaymentSchedules schedules,
      PaymentRecording recording,
      PaymentRuns paymentRuns,
      FinanceImports financeImports,
      PublicRegisters registers) {
    this.repository = repository;
    this.schedules = schedules;
    this.recording = recording;
    this.paymentRuns = paymentRuns;
    this.financeImports = financeImports;
    this.registers = registers;
  }

  // ---------------------------------------------------------------- reading

  @Transactional(readOnly = true)
  public List<PaymentView> list(FinancialYear year, PaymentClass paymentClass, String award) {
    return repository.payments(year, paymentClass, PaymentFields.blankToNull(award), null, null);
  }

  @Transactional(readOnly = true)
  public PaymentView get(long id) {
    return repository
        .payment(id)
        .orElseThrow(() -> new NotFoundException("payment", String.valueOf(id)));
  }

  @Transactional(readOnly = true)
  public List<ScheduledPaymentView> schedules(
      String instrument, ScheduledPaymentView.Status status, FinancialYear year) {
    return repository.scheduled(PaymentFields.blankToNull(instrument), status, null, year);
  }

  @Transactional(readOnly = true)
  public ScheduledPaymentView scheduled(long id) {
    return repository
        .scheduled(id)
        .orElseThrow(() -> new NotFoundException("scheduled payment", String.valueOf(id)));
  }

  @Transactional(readOnly = true)
  public List<PaymentRunView> runs() {
    return paymentRuns.runs();
  }

  @Transactional(readOnly = true)
  public PaymentRunView run(long id) {
    return paymentRuns.run(id);
  }

  @Transactional(readOnly = true)
  public Map<String, Money> approvalLimits() {
    return paymentRuns.approvalLimits();
  }

  @Transactional(readOnly = true)
  public List<ImportView> imports() {
    return repository.imports();
  }

  /**
   * Payments made, by funding-stream id, for the financial year of the line they pay (or, for a
   * payment against no line, of its stream or date).
   */
  @Transactional(readOnly = true)
  public Map<Long, Money> paidByStream(FinancialYear year) {
    return repository.paidByStream(year);
  }

  /** Everything paid against an award's lines. */
  @Transactional(readOnly = true)
  public Money paidFor(String awardPublicId) {
    return repository.paidForAward(awardPublicId);
  }

  /**
   * Every payment strictly over £500, oldest first: expenditure (para 3(g)) and, as the OPCC's own
   * published lists do (seeds/001), crime and disorder reduction grants too, marked as such; the
   * grants are also published with their conditions under para 3(f).
   */
  @Transactional(readOnly = true)
  public List<PaymentView> spendOver500() {
    return registers.spendOver500();
  }

  /** Para 3(f): every crime and disorder reduction grant payment, oldest first. */
  @Transactional(readOnly = true)
  public List<PaymentView> crimeReductionGrants() {
    return registers.crimeReductionGrants();
  }

  /**
   * Contracts with their value (the total value, else the annual value, else the sum of the lots)
   * and parties; {@link ContractEntry#overThreshold()} splits the register at £10,000.
   */
  @Transactional(readOnly = true)
  public List<ContractEntry> contractsRegister() {
    return registers.contractsRegister();
  }

  // ---------------------------------------------------------------- schedules

  /** Generates one scheduled payment per line per instalment of an award or a contract. */
  @Transactional
  public List<ScheduledPaymentView> schedule(Actor actor, ScheduleCommand c) {
    return schedules.schedule(actor, c);
  }

  @Transactional
  public ScheduledPaymentView hold(Actor actor, long id, HoldCommand c) {
    return schedules.hold(actor, id, c);
  }

  @Transactional
  public ScheduledPaymentView release(Actor actor, long id) {
    return schedules.release(actor, id);
  }

  /**
   * Releases every held payment of an award or contract for one quarter of a financial year, e.g.
   * once that quarter's monitoring return is accepted. Returns the payments released (none if
   * nothing was held).
   */
  @Transactional
  public List<ScheduledPaymentView> releaseHeldFor(
      String instrumentPublicId, FinancialYear year, int quarter, String releasedBy) {
    return schedules.releaseHeldFor(instrumentPublicId, year, quarter, releasedBy);
  }

  /**
   * The hook for an accepted monitoring return: releases what was held for that return. A payment
   * in arrears (or by instalment) for the same quarter waits for the quarter's own return; a
   * payment in advance for the next quarter waits for this one, as nothing is yet known of the
   * quarter it pays for.
   */
  @Transactional
  public List<ScheduledPaymentView> releaseForAcceptedReturn(
      String awardPublicId, FinancialYear year, int quarter, String releasedBy) {
    return schedules.releaseForAcceptedReturn(awardPublicId, year, quarter, releasedBy);
  }

  // ---------------------------------------------------------------- recording

  /** A payment made outside a run, checked against the award line it pays, if any. */
  @Transactional
  public PaymentView record(Actor actor, PaymentCommand c) {
    return recording.record(actor, c);
  }

  // ---------------------------------------------------------------- runs

  /** The run that {@link #createRun} would put together now, with nothing written. */
  @Transactional(readOnly = true)
  public RunPreview previewRun(RunCommand c) {
    return paymentRuns.preview(c);
  }

  @Transactional
  public PaymentRunView createRun(Actor actor, RunCommand c) {
    return paymentRuns.createRun(actor, c);
  }

  /**
   * Approves a run: by a finance user or administrator who did not put it together, within their
   * approval limit. The run's payments are then paid on its payment date.
   */
  @Transactional
  public PaymentRunView approveRun(Actor actor, long id) {
    return paymentRuns.approveRun(actor, id);
  }

  @Transactional
  public void setLimit(Actor actor, LimitCommand c) {
    paymentRuns.setLimit(actor, c);
  }

  // ---------------------------------------------------------------- imports

  /** Reads an uploaded file's columns and first rows, and suggests a column for each field. */
  public ImportPreview preview(String fileName, String content) {
    return financeImports.preview(fileName, content);
  }

  /**
   * Imports actual payments from a finance-system CSV with the columns mapped: every row checked
   * first (nothing is written if any cell is wrong); rows already imported (same finance reference,
   * date and amount) are skipped, so the same file twice changes nothing; a row that matches a due
   * scheduled payment (same payee and amount) marks it paid.
   */
  @Transactional
  public ImportResult importCsv(Actor actor, ImportCommand c) {
    return financeImports.importCsv(actor, c);
  }
}
