package org.commissioninghub.decisions;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A grant offer sent to an applicant, and their answer. */
public record OfferView(
    String reference,
    String awardPublicId,
    String letter,
    String sentTo,
    OffsetDateTime sentAt,
    LocalDate respondBy,
    OffsetDateTime respondedAt,
    String respondedBy,
    Boolean accepted) {

  public boolean awaitingAnswer() {
    return answer() == OfferAnswer.AWAITING;
  }

  public OfferAnswer answer() {
    return OfferAnswer.of(respondedAt, accepted);
  }
}
