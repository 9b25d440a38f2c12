package org.commissioninghub.decisions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DecisionRepository {

  private final JdbcClient jdbc;

  DecisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long applicationId,
      long stepId,
      String decidedBy,
      String deciderName,
      OffsetDateTime at,
      DecisionOutcome outcome,
      List<Money> amounts,
      String conditions,
      String reasons) {
    KeyHolder keys = new GeneratedKeyHolder();
    Money total = amounts == null ? null : amounts.stream().reduce(Money.ZERO, Money::plus);
    jdbc.sql(
            """
            INSERT INTO decision (application_id, step_id, decided_by, decider_name, decided_at, outcome,
              amount_pence, conditions, reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            applicationId,
            stepId,
            decidedBy,
            deciderName,
            at,
            outcome.name(),
            total == null ? null : total.pence(),
            conditions,
            reasons)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    if (amounts != null) {
      for (int i = 0; i < amounts.size(); i++) {
        jdbc.sql(
                "INSERT INTO decision_amount (decision_id, year_index, amount_pence) VALUES (?, ?, ?)")
            .params(id, i, amounts.get(i).pence())
            .update();
      }
    }
    return id;
  }

  List<DecisionView> forApplication(long applicationId) {
    return jdbc.sql(
            """
            SELECT d.*, s.name AS step_name FROM decision d JOIN programme_approval_step s ON s.id = d.step_id
            WHERE d.application_id = ? ORDER BY d.decided_at, d.id
            """)
        .param(applicationId)
        .query(
            (rs, n) -> {
              long id = rs.getLong("id");
              return new DecisionView(
                  id,
                  rs.getLong("step_id"),
                  rs.getString("step_name"),
                  rs.getString("decided_by"),
                  rs.getString("decider_name"),
                  rs.getObject("decided_at", OffsetDateTime.class),
                  DecisionOutcome.valueOf(rs.getString("outcome")),
                  amounts(id),
                  rs.getString("conditions"),
                  rs.getString("reasons"));
            })
        .list();
  }

  private List<Money> amounts(long decisionId) {
    return jdbc
        .sql("SELECT amount_pence FROM decision_amount WHERE decision_id = ? ORDER BY year_index")
        .param(decisionId)
        .query(Long.class)
        .list()
        .stream()
        .map(Money::ofPence)
        .toList();
  }

  void insertOffer(
      long applicationId,
      String awardPublicId,
      String letter,
      String sentTo,
      OffsetDateTime at,
      LocalDate respondBy) {
    jdbc.sql(
            """
            INSERT INTO offer (application_id, award_public_id, letter, sent_to, sent_at, respond_by)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(applicationId, awardPublicId, letter, sentTo, at, respondBy)
        .update();
  }

  Optional<OfferView> offer(long applicationId, String reference) {
    return jdbc.sql("SELECT * FROM offer WHERE application_id = ?")
        .param(applicationId)
        .query(
            (rs, n) ->
                new OfferView(
                    reference,
                    rs.getString("award_public_id"),
                    rs.getString("letter"),
                    rs.getString("sent_to"),
                    rs.getObject("sent_at", OffsetDateTime.class),
                    rs.getObject("respond_by", LocalDate.class),
                    rs.getObject("responded_at", OffsetDateTime.class),
                    rs.getString("responded_by"),
                    rs.getObject("accepted", Boolean.class)))
        .optional();
  }

  boolean answerOffer(long applicationId, String by, OffsetDateTime at, boolean accepted) {
    return jdbc.sql(
                "UPDATE offer SET responded_at = ?, responded_by = ?, accepted = ? WHERE application_id = ? AND responded_at IS NULL")
            .params(at, by, accepted, applicationId)
            .update()
        == 1;
  }

  // --- work waiting (home page)

  /** How many records wait, and the earliest date among them (null when none). */
  record Waiting(int count, LocalDate earliest) {}

  /** Grant offers made to one organisation and not yet answered, with the earliest reply date. */
  Waiting offersAwaitingAnswer(long organisationId) {
    return jdbc.sql(
            """
            SELECT COUNT(*) AS n, MIN(o.respond_by) AS earliest
            FROM offer o JOIN application a ON a.id = o.application_id
            WHERE o.responded_at IS NULL AND a.organisation_id = ?
            """)
        .param(organisationId)
        .query((rs, n) -> new Waiting(rs.getInt("n"), rs.getObject("earliest", LocalDate.class)))
        .single();
  }
}
