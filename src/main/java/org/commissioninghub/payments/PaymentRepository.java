package org.commissioninghub.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commissioninghub.payments.PaymentProfile.Planned;
import org.commissioninghub.payments.ScheduledPaymentView.Status;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class PaymentRepository {

  private static final String SCHEDULED =
      """
      SELECT s.*, o.name AS payee_name, f.name AS stream_name
      FROM scheduled_payment s
      JOIN organisation o ON o.id = s.payee_organisation_id
      JOIN funding_stream f ON f.id = s.stream_id
      """;

  private static final String PAYMENTS =
      """
      SELECT p.*, f.name AS stream_name,
        (p.payee_individual OR COALESCE(o.type = 'INDIVIDUAL', FALSE)) AS individual
      FROM payment p
      LEFT JOIN funding_stream f ON f.id = p.stream_id
      LEFT JOIN organisation o ON o.id = p.payee_organisation_id
      """;

  private final JdbcClient jdbc;

  PaymentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // --- schedules

  /** The line's instalments already scheduled, with the instrument they were scheduled under. */
  Optional<String> scheduledUnder(long awardLineId) {
    return jdbc.sql(
            "SELECT instrument_type || ' ' || instrument_public_id FROM scheduled_payment WHERE award_line_id = ? FETCH FIRST 1 ROWS ONLY")
        .param(awardLineId)
        .query(String.class)
        .optional();
  }

  record NewScheduled(
      String instrumentType,
      String instrumentPublicId,
      String awardPublicId,
      long awardLineId,
      long streamId,
      FinancialYear year,
      long payeeId,
      PaymentClass paymentClass,
      String purpose,
      String costCentre,
      String conditions,
      String reasons,
      PaymentProfile profile,
      Planned planned) {}

  long insertScheduled(NewScheduled s, String by, OffsetDateTime at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO scheduled_payment (instrument_type, instrument_public_id, award_public_id, award_line_id,
              stream_id, financial_year, period_quarter, payee_organisation_id, payment_class, purpose, cost_centre,
              conditions, reasons, profile, instalment, instalments, due_date, amount_pence, status, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DUE', ?, ?)
            """)
        .params(
            s.instrumentType(),
            s.instrumentPublicId(),
            s.awardPublicId(),
            s.awardLineId(),
            s.streamId(),
            s.year().startYear(),
            s.planned().quarter(),
            s.payeeId(),
            s.paymentClass().name(),
            s.purpose(),
            s.costCentre(),
            s.conditions(),
            s.reasons(),
            s.profile().name(),
            s.planned().instalment(),
            s.planned().count(),
            s.planned().due(),
            s.planned().amount().pence(),
            by,
            at)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  Optional<ScheduledPaymentView> scheduled(long id) {
    return jdbc.sql(SCHEDULED + " WHERE s.id = ?").param(id).query(this::mapScheduled).optional();
  }

  /** Scheduled payments, optionally of one instrument, status or payment run, by due date. */
  List<ScheduledPaymentView> scheduled(
      String instrument, ScheduledPaymentView.Status status, Long runId, FinancialYear year) {
    StringBuilder sql = new StringBuilder(SCHEDULED + " WHERE 1 = 1");
    List<Object> params = new java.util.ArrayList<>();
    if (instrument != null) {
      sql.append(" AND (s.instrument_public_id = ? OR s.award_public_id = ?)");
      params.add(instrument);
      params.add(instrument);
    }
    if (status != null) {
      sql.append(" AND s.status = ?");
      params.add(status.name());
    }
    if (runId != null) {
      sql.append(" AND s.run_id = ?");
      params.add(runId);
    }
    if (year != null) {
      sql.append(" AND s.financial_year = ?");
      params.add(year.startYear());
    }
    sql.append(" ORDER BY s.due_date, o.name, s.id");
    return jdbc.sql(sql.toString()).params(params).query(this::mapScheduled).list();
  }

  /** Due (not held, not in a run, not paid) payments of this payee and amount, earliest first. */
  List<ScheduledPaymentView> dueMatching(long payeeId, Money amount) {
    return jdbc.sql(
            SCHEDULED
                + " WHERE s.status = 'DUE' AND s.payee_organisation_id = ? AND s.amount_pence = ?"
                + " ORDER BY s.due_date, s.id")
        .params(payeeId, amount.pence())
        .query(this::mapScheduled)
        .list();
  }

  List<ScheduledPaymentView> heldFor(String instrument, FinancialYear year, int quarter) {
    return jdbc.sql(
            SCHEDULED
                + " WHERE s.status = 'HELD' AND (s.instrument_public_id = ? OR s.award_public_id = ?)"
                + " AND s.financial_year = ? AND s.period_quarter = ? ORDER BY s.id")
        .params(instrument, instrument, year.startYear(), quarter)
        .query(this::mapScheduled)
        .list();
  }

  // Each change of a scheduled payment's status goes through move(), given the status the caller
  // read: the status table refuses an illegal move, and the UPDATE says the status it moves from,
  // so that of two writers moving the
  // same payment at once only one succeeds: the database serialises them.

  boolean hold(
      long id, Status from, String reason, String condition, String by, OffsetDateTime at) {
    return move(
        id,
        from,
        Status.HELD,
        ", hold_reason = ?, hold_condition = ?, held_by = ?, held_at = ?, released_by = NULL,"
            + " released_at = NULL",
        List.of(reason, nullable(condition), by, at),
        "",
        List.of());
  }

  boolean release(long id, Status from, String by, OffsetDateTime at) {
    return move(
        id, from, Status.DUE, ", released_by = ?, released_at = ?", List.of(by, at), "", List.of());
  }

  boolean putInRun(long id, Status from, long runId) {
    return move(id, from, Status.IN_RUN, ", run_id = ?", List.of(runId), "", List.of());
  }

  /** A due payment paid outside a run, e.g. matched by an imported transaction. */
  boolean markPaid(long id, Status from) {
    return move(id, from, Status.PAID, "", List.of(), "", List.of());
  }

  boolean markPaidFromRun(long id, Status from, long runId) {
    return move(id, from, Status.PAID, "", List.of(), " AND run_id = ?", List.of(runId));
  }

  private boolean move(
      long id,
      Status from,
      Status to,
      String alsoSet,
      List<Object> setParams,
      String alsoWhere,
      List<Object> whereParams) {
    if (!from.canMoveTo(to)) {
      throw new ConflictException(
          "SCHEDULED-PAYMENT-MOVE",
          "A scheduled payment that is "
              + from.label().toLowerCase(Locale.UK)
              + " cannot become "
              + to.label().toLowerCase(Locale.UK));
    }
    List<Object> params = new java.util.ArrayList<>();
    params.add(to.name());
    params.addAll(setParams);
    params.add(id);
    params.add(from.name());
    params.addAll(whereParams);
    return jdbc.sql(
                "UPDATE scheduled_payment SET status = ?"
                    + alsoSet
                    + " WHERE id = ? AND status = ?"
                    + alsoWhere)
            .params(params)
            .update()
        == 1;
  }

  /** List.of refuses nulls; an optional value goes in as the SQL NULL it stands for. */
  private static Object nullable(Object value) {
    return value == null ? NULL_STRING : value;
  }

  private static final SqlParameterValue NULL_STRING =
      new SqlParameterValue(java.sql.Types.VARCHAR, null);

  void lockRun(long id) {
    org.commissioninghub.shared.RowLocks.lock(jdbc, "payment_run", List.of(id));
  }

  private ScheduledPaymentView mapScheduled(ResultSet rs, int n) throws SQLException {
    return new ScheduledPaymentView(
        rs.getLong("id"),
        rs.getString("instrument_type"),
        rs.getString("instrument_public_id"),
        rs.getString("award_public_id"),
        rs.getLong("award_line_id"),
        rs.getLong("stream_id"),
        rs.getString("stream_name"),
        new FinancialYear(rs.getInt("financial_year")),
        rs.getInt("period_quarter"),
        rs.getLong("payee_organisation_id"),
        rs.getString("payee_name"),
        PaymentClass.valueOf(rs.getString("payment_class")),
        rs.getString("purpose"),
        rs.getString("cost_centre"),
        rs.getString("conditions"),
        rs.getString("reasons"),
        PaymentProfile.valueOf(rs.getString("profile")),
        rs.getInt("instalment"),
        rs.getInt("instalments"),
        rs.getObject("due_date", LocalDate.class),
        Money.ofPence(rs.getLong("amount_pence")),
        ScheduledPaymentView.Status.valueOf(rs.getString("status")),
        rs.getString("hold_reason"),
        rs.getString("hold_condition"),
        rs.getString("held_by"),
        rs.getString("released_by"),
        rs.getObject("run_id", Long.class));
  }

  // --- payments

  long insertPayment(NewPayment p, String by, OffsetDateTime at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO payment (payment_date, amount_pence, payee_organisation_id, payee_name, payee_individual,
              reference, stream_id, financial_year, cost_centre, purpose, payment_class, conditions, reasons,
              award_public_id, award_line_id, scheduled_payment_id, run_id, import_id, transaction_key,
              recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            p.transaction().date(),
            p.transaction().amount().pence(),
            p.payee().organisationId(),
            p.payee().name(),
            p.payee().individual(),
            p.transaction().reference(),
            p.charge().streamId(),
            p.charge().year().startYear(),
            p.disclosure().costCentre(),
            p.disclosure().purpose(),
            p.disclosure().paymentClass().name(),
            p.disclosure().conditions(),
            p.disclosure().reasons(),
            p.charge().awardPublicId(),
            p.charge().awardLineId(),
            p.origin().scheduledId(),
            p.origin().runId(),
            p.origin().importId(),
            p.transaction().key(),
            by,
            at)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  Optional<PaymentView> payment(long id) {
    return jdbc.sql(PAYMENTS + " WHERE p.id = ?").param(id).query(this::mapPayment).optional();
  }

  /** Payments, optionally filtered, newest first. */
  List<PaymentView> payments(
      FinancialYear year, PaymentClass paymentClass, String award, Long payeeId, Long importId) {
    StringBuilder sql = new StringBuilder(PAYMENTS + " WHERE 1 = 1");
    List<Object> params = new java.util.ArrayList<>();
    if (year != null) {
      sql.append(" AND p.financial_year = ?");
      params.add(year.startYear());
    }
    if (paymentClass != null) {
      sql.append(" AND p.payment_class = ?");
      params.add(paymentClass.name());
    }
    if (award != null) {
      sql.append(" AND p.award_public_id = ?");
      params.add(award);
    }
    if (payeeId != null) {
      sql.append(" AND p.payee_organisation_id = ?");
      params.add(payeeId);
    }
    if (importId != null) {
      sql.append(" AND p.import_id = ?");
      params.add(importId);
    }
    sql.append(" ORDER BY p.payment_date DESC, p.id DESC");
    return jdbc.sql(sql.toString()).params(params).query(this::mapPayment).list();
  }

  /** Expenditure strictly over the threshold, oldest first, for the public register. */
  List<PaymentView> paymentsOver(Money threshold) {
    return jdbc.sql(PAYMENTS + " WHERE p.amount_pence > ? ORDER BY p.payment_date, p.id")
        .param(threshold.pence())
        .query(this::mapPayment)
        .list();
  }

  Money paidOnLine(long awardLineId) {
    return Money.ofPence(
        jdbc.sql("SELECT COALESCE(SUM(amount_pence), 0) FROM payment WHERE award_line_id = ?")
            .param(awardLineId)
            .query(Long.class)
            .single());
  }

  Money paidForAward(String awardPublicId) {
    return Money.ofPence(
        jdbc.sql("SELECT COALESCE(SUM(amount_pence), 0) FROM payment WHERE award_public_id = ?")
            .param(awardPublicId)
            .query(Long.class)
            .single());
  }

  Map<Long, Money> paidByStream(FinancialYear year) {
    Map<Long, Money> paid = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT stream_id, SUM(amount_pence) AS paid FROM payment WHERE financial_year = ? AND stream_id IS NOT NULL GROUP BY stream_id ORDER BY stream_id")
        .param(year.startYear())
        .query(
            (RowCallbackHandler)
                rs -> {
                  paid.put(rs.getLong("stream_id"), Money.ofPence(rs.getLong("paid")));
                });
    return paid;
  }

  /** Which of these keys are already recorded: one query per 500 keys, not one per row. */
  java.util.Set<String> existingTransactionKeys(java.util.Collection<String> keys) {
    java.util.Set<String> found = new java.util.HashSet<>();
    List<String> all = List.copyOf(keys);
    for (int i = 0; i < all.size(); i += 500) {
      found.addAll(
          jdbc.sql("SELECT transaction_key FROM payment WHERE transaction_key IN (:keys)")
              .param("keys", all.subList(i, Math.min(all.size(), i + 500)))
              .query(String.class)
              .list());
    }
    return found;
  }

  boolean transactionExists(String key) {
    return jdbc.sql("SELECT COUNT(*) FROM payment WHERE transaction_key = ?")
            .param(key)
            .query(Long.class)
            .single()
        > 0;
  }

  private PaymentView mapPayment(ResultSet rs, int n) throws SQLException {
    return new PaymentView(
        rs.getLong("id"),
        rs.getObject("payment_date", LocalDate.class),
        Money.ofPence(rs.getLong("amount_pence")),
        rs.getObject("payee_organisation_id", Long.class),
        rs.getString("payee_name"),
        rs.getBoolean("individual"),
        rs.getString("reference"),
        rs.getObject("stream_id", Long.class),
        rs.getString("stream_name"),
        new FinancialYear(rs.getInt("financial_year")),
        rs.getString("cost_centre"),
        rs.getString("purpose"),
        PaymentClass.valueOf(rs.getString("payment_class")),
        rs.getString("conditions"),
        rs.getString("reasons"),
        rs.getString("award_public_id"),
        rs.getObject("award_line_id", Long.class),
        rs.getObject("scheduled_payment_id", Long.class),
        rs.getObject("run_id", Long.class),
        rs.getObject("import_id", Long.class),
        rs.getString("recorded_by"));
  }

  // --- runs

  long insertRun(LocalDate paymentDate, Money total, String by, OffsetDateTime at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO payment_run (payment_date, status, total_pence, created_by, created_at) VALUES (?, 'AWAITING_APPROVAL', ?, ?, ?)")
        .params(paymentDate, total.pence(), by, at)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Approves a run awaiting approval (compare-and-set); false if it no longer awaits. */
  boolean approveRun(long id, PaymentRunView.Status from, String by, OffsetDateTime at) {
    PaymentRunView.Status to = PaymentRunView.Status.APPROVED;
    if (!from.canMoveTo(to)) {
      throw new ConflictException(
          "PAYMENT-RUN-MOVE",
          "A payment run that is "
              + from.label().toLowerCase(Locale.UK)
              + " cannot become "
              + to.label().toLowerCase(Locale.UK));
    }
    return jdbc.sql(
                "UPDATE payment_run SET status = ?, approved_by = ?, approved_at = ? WHERE id = ? AND status = ?")
            .params(to.name(), by, at, id, from.name())
            .update()
        == 1;
  }

  Optional<PaymentRunView> run(long id) {
    return jdbc.sql("SELECT * FROM payment_run WHERE id = ?")
        .param(id)
        .query(this::mapRun)
        .optional()
        .map(r -> withPayments(r));
  }

  List<PaymentRunView> runs() {
    return jdbc.sql("SELECT * FROM payment_run ORDER BY id DESC").query(this::mapRun).list();
  }

  private PaymentRunView withPayments(PaymentRunView r) {
    return new PaymentRunView(
        r.id(),
        r.paymentDate(),
        r.status(),
        r.total(),
        r.createdBy(),
        r.createdAt(),
        r.approvedBy(),
        r.approvedAt(),
        scheduled(null, null, r.id(), null));
  }

  private PaymentRunView mapRun(ResultSet rs, int n) throws SQLException {
    return new PaymentRunView(
        rs.getLong("id"),
        rs.getObject("payment_date", LocalDate.class),
        PaymentRunView.Status.valueOf(rs.getString("status")),
        Money.ofPence(rs.getLong("total_pence")),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getString("approved_by"),
        rs.getObject("approved_at", OffsetDateTime.class),
        List.of());
  }

  // --- approval limits

  Optional<Money> limitOf(String username) {
    return jdbc.sql("SELECT limit_pence FROM approval_limit WHERE username = ?")
        .param(username)
        .query(Long.class)
        .optional()
        .map(Money::ofPence);
  }

  Map<String, Money> limits() {
    Map<String, Money> limits = new LinkedHashMap<>();
    jdbc.sql("SELECT username, limit_pence FROM approval_limit ORDER BY username")
        .query(
            (RowCallbackHandler)
                rs -> {
                  limits.put(rs.getString("username"), Money.ofPence(rs.getLong("limit_pence")));
                });
    return limits;
  }

  void setLimit(String username, Money limit, String by, OffsetDateTime at) {
    int updated =
        jdbc.sql(
                "UPDATE approval_limit SET limit_pence = ?, set_by = ?, set_at = ? WHERE username = ?")
            .params(limit.pence(), by, at, username)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO approval_limit (username, limit_pence, set_by, set_at) VALUES (?, ?, ?, ?)")
          .params(username, limit.pence(), by, at)
          .update();
    }
  }

  boolean userExists(String username) {
    return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?")
            .param(username)
            .query(Long.class)
            .single()
        > 0;
  }

  // --- imports

  Optional<ImportView> importByHash(String sha256) {
    return jdbc.sql("SELECT * FROM payment_import WHERE file_sha256 = ?")
        .param(sha256)
        .query(this::mapImport)
        .optional();
  }

  List<ImportView> imports() {
    return jdbc.sql("SELECT * FROM payment_import ORDER BY id DESC").query(this::mapImport).list();
  }

  long insertImport(String fileName, String sha256, int rows, String by, OffsetDateTime at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO payment_import (file_name, file_sha256, rows_in_file, rows_added, scheduled_matched, imported_by, imported_at) VALUES (?, ?, ?, 0, 0, ?, ?)")
        .params(fileName, sha256, rows, by, at)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void finishImport(long id, int added, int matched) {
    jdbc.sql("UPDATE payment_import SET rows_added = ?, scheduled_matched = ? WHERE id = ?")
        .params(added, matched, id)
        .update();
  }

  private ImportView mapImport(ResultSet rs, int n) throws SQLException {
    return new ImportView(
        rs.getLong("id"),
        rs.getString("file_name"),
        rs.getInt("rows_in_file"),
        rs.getInt("rows_added"),
        rs.getInt("scheduled_matched"),
        rs.getString("imported_by"),
        rs.getObject("imported_at", OffsetDateTime.class));
  }

  // --- work waiting (home page)

  /** How many records wait, and the earliest date among them (null when none). */
  record Waiting(int count, LocalDate earliest) {}

  /** Runs awaiting approval that someone other than {@code username} put together. */
  Waiting runsAwaitingApprovalNotBy(String username) {
    return jdbc.sql(
            "SELECT COUNT(*) AS n, MIN(payment_date) AS earliest FROM payment_run WHERE status = ? AND created_by <> ?")
        .params(PaymentRunView.Status.AWAITING_APPROVAL.name(), username)
        .query(PaymentRepository::mapWaiting)
        .single();
  }

  /** Scheduled payments in one status, with the earliest date due among them. */
  Waiting scheduledIn(Status status) {
    return jdbc.sql(
            "SELECT COUNT(*) AS n, MIN(due_date) AS earliest FROM scheduled_payment WHERE status = ?")
        .param(status.name())
        .query(PaymentRepository::mapWaiting)
        .single();
  }

  private static Waiting mapWaiting(ResultSet rs, int row) throws SQLException {
    return new Waiting(rs.getInt("n"), rs.getObject("earliest", LocalDate.class));
  }
}
