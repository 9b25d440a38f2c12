package org.commissioninghub.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.commissioninghub.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ContractLifecycleRepository {

  private final JdbcClient jdbc;

  ContractLifecycleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ExtensionDecision> extensions(long contractId) {
    return jdbc.sql("SELECT * FROM contract_extension WHERE contract_id = ? ORDER BY number")
        .param(contractId)
        .query(
            (rs, n) ->
                new ExtensionDecision(
                    rs.getLong("id"),
                    rs.getInt("number"),
                    ExtensionOutcome.valueOf(rs.getString("outcome")),
                    rs.getObject("previous_end_date", LocalDate.class),
                    rs.getObject("months", Integer.class),
                    rs.getObject("new_end_date", LocalDate.class),
                    rs.getString("performance"),
                    rs.getString("quality"),
                    rs.getString("funding"),
                    rs.getString("decided_by"),
                    rs.getObject("decided_on", LocalDate.class),
                    rs.getObject("deadline", LocalDate.class),
                    rs.getBoolean("late"),
                    rs.getBoolean("is_exception"),
                    rs.getString("exception_reasons"),
                    ExceptionApproval.valueOf(rs.getString("approval")),
                    rs.getString("approved_by"),
                    rs.getObject("approved_on", LocalDate.class),
                    rs.getString("approval_note"),
                    rs.getObject("recorded_at", OffsetDateTime.class)))
        .list();
  }

  void insertExtension(long contractId, ExtensionDecision d) {
    jdbc.sql(
            """
            INSERT INTO contract_extension (contract_id, number, outcome, previous_end_date, months,
              new_end_date, performance, quality, funding, decided_by, decided_on, deadline, late,
              is_exception, exception_reasons, approval, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            contractId,
            d.number(),
            d.outcome().name(),
            d.previousEnd(),
            d.months(),
            d.newEnd(),
            d.performance(),
            d.quality(),
            d.funding(),
            d.decidedBy(),
            d.decidedOn(),
            d.deadline(),
            d.late(),
            d.exception(),
            d.exceptionReasons(),
            d.approval().name(),
            d.recordedAt())
        .update();
  }

  /**
   * Answers an exception (compare-and-set on the approval read): false if someone else answered it
   * first. A move the approval table does not allow is refused.
   */
  boolean answerException(
      long extensionId,
      ExceptionApproval from,
      ExceptionApproval answer,
      String by,
      LocalDate on,
      String note) {
    if (!from.canMoveTo(answer)) {
      throw new ConflictException(
          "EXTENSION-MOVE",
          "An extension decision whose approval is "
              + from.label().toLowerCase(java.util.Locale.UK)
              + " cannot become "
              + answer.label().toLowerCase(java.util.Locale.UK));
    }
    return jdbc.sql(
                """
                UPDATE contract_extension SET approval = ?, approved_by = ?, approved_on = ?, approval_note = ?
                WHERE id = ? AND approval = ?""")
            .params(answer.name(), by, on, note, extensionId, from.name())
            .update()
        == 1;
  }

  List<ContractVariation> variations(long contractId) {
    return jdbc.sql("SELECT * FROM contract_variation WHERE contract_id = ? ORDER BY number")
        .param(contractId)
        .query(
            (rs, n) ->
                new ContractVariation(
                    rs.getLong("id"),
                    rs.getInt("number"),
                    VariationField.valueOf(rs.getString("field")),
                    rs.getString("before_value"),
                    rs.getString("after_value"),
                    rs.getString("reason"),
                    rs.getObject("effective_date", LocalDate.class),
                    rs.getString("made_by"),
                    rs.getObject("recorded_at", OffsetDateTime.class)))
        .list();
  }

  void insertVariation(long contractId, ContractVariation v) {
    jdbc.sql(
            """
            INSERT INTO contract_variation (contract_id, number, field, before_value, after_value,
              reason, effective_date, made_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            contractId,
            v.number(),
            v.field().name(),
            v.before(),
            v.after(),
            v.reason(),
            v.effectiveDate(),
            v.madeBy(),
            v.recordedAt())
        .update();
  }

  /** Moves the contract's version on, so a change made from a stale page is refused. */
  boolean touch(long contractId, int version, OffsetDateTime now) {
    return jdbc.sql(
                "UPDATE contract SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
            .params(now, contractId, version)
            .update()
        == 1;
  }

  void setStatus(long contractId, ContractStatus status) {
    jdbc.sql("UPDATE contract SET status = ? WHERE id = ?")
        .params(status.name(), contractId)
        .update();
  }

  void setStage(long contractId, RecommissioningStage stage) {
    jdbc.sql("UPDATE contract SET recommissioning_stage = ? WHERE id = ?")
        .params(stage.name(), contractId)
        .update();
  }

  void setAnnualValue(long contractId, Long pence) {
    jdbc.sql("UPDATE contract SET annual_value_pence = ? WHERE id = ?")
        .params(pence, contractId)
        .update();
  }

  void setTotalValue(long contractId, Long pence) {
    jdbc.sql("UPDATE contract SET total_value_pence = ? WHERE id = ?")
        .params(pence, contractId)
        .update();
  }

  void setScope(long contractId, String description) {
    jdbc.sql("UPDATE contract SET service_description = ? WHERE id = ?")
        .params(description, contractId)
        .update();
  }

  void setInitialEnd(long contractId, LocalDate end, Integer termMonths) {
    jdbc.sql("UPDATE contract SET initial_end_date = ?, initial_term_months = ? WHERE id = ?")
        .params(end, termMonths, contractId)
        .update();
  }
}
