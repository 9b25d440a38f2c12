package org.commissioninghub.decisions;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * A continuation offer, its shape checked ({@link ContinuationCommand#toCommand()}): what remains
 * to check is the award continued, the year against its lines, the streams and their ring-fences,
 * and the date against today.
 *
 * @param successor the public id for next year's award, or null to make one from the predecessor's
 * @param lines next year's lines; empty means the same level, from the same streams' next year
 * @param respondBy the date to answer by, or null for the usual time after the offer
 * @param programme the programme named on next year's award, or null for the predecessor's
 * @param offeredOn the date an offer made in the past was made, or null for an offer made now
 */
public record ContinuationOffer(
    String predecessor,
    FinancialYear year,
    String successor,
    List<Line> lines,
    String performanceEvidence,
    String complianceEvidence,
    String sendTo,
    LocalDate respondBy,
    String programme,
    LocalDate offeredOn) {

  /** One of next year's lines: the stream's public id, a category ("" for none), the amount. */
  public record Line(String stream, String category, Money amount, String posts) {}
}
