package org.commissioninghub.decisions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/** A continuation offered on last year's award, the evidence it rests on, and the answer. */
public record ContinuationView(
    long id,
    String predecessorAward,
    long organisationId,
    String organisationName,
    FinancialYear year,
    String performanceEvidence,
    String complianceEvidence,
    Basis basis,
    String decidedBy,
    OffsetDateTime decidedAt,
    String letter,
    String sentTo,
    LocalDate respondBy,
    OffsetDateTime respondedAt,
    String respondedBy,
    Boolean accepted,
    String successorAward,
    String programme,
    List<Line> lines) {

  public Money total() {
    return lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
  }

  public boolean awaitingAnswer() {
    return answer() == OfferAnswer.AWAITING;
  }

  public OfferAnswer answer() {
    return OfferAnswer.of(respondedAt, accepted);
  }

  /** Whether the offer keeps last year's level. */
  public enum Basis {
    SAME("At the same level as last year"),
    CHANGED("At a changed level"),
    NOT_KNOWN("Last year's amounts are not recorded");

    private final String label;

    Basis(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One line of the continuation: stream, category, amount. */
  public record Line(
      long streamId,
      String streamPublicId,
      String streamName,
      String category,
      Money amount,
      String posts) {}
}
