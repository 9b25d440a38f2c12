package org.commissioninghub.awards;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.Money;

/** A grant or a contract's funding to one organisation, with its lines per stream and year. */
public record AwardView(
    long id,
    String publicId,
    long organisationId,
    String organisationPublicId,
    String organisationName,
    AwardKind kind,
    String title,
    String serviceDescription,
    String programme,
    AwardStatus status,
    LocalDate awardDate,
    LocalDate startDate,
    LocalDate endDate,
    String predecessorPublicId,
    List<AwardLineView> lines,
    int version) {

  /** Computed from the lines, never stored, so it cannot disagree with them. */
  public Money total() {
    return lines.stream().map(AwardLineView::amount).reduce(Money.ZERO, Money::plus);
  }
}
