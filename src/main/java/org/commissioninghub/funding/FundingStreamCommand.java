package org.commissioninghub.funding;

import java.time.LocalDate;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * A funding stream, read and typed ({@link FundingStreamRequest#toCommand()}); {@link
 * FundingStreams} resolves its source and holder.
 *
 * @param publicId the id asked for, or null to make one from the name and year
 * @param source the funding source's public id
 * @param holder the public id of the organisation holding the stream, or null
 * @param amount what was received, or null when not yet known
 * @param group the key that puts streams side by side in reports ("other" when not given)
 */
public record FundingStreamCommand(
    String publicId,
    String source,
    String holder,
    String name,
    String shortName,
    FinancialYear year,
    Money amount,
    Ringfence ringfence,
    String allowedUses,
    Period period,
    Money matchFunding,
    String group,
    int displayOrder,
    String notes) {

  /** Whether the money may be spent only on one purpose, and on what. */
  public record Ringfence(boolean ringfenced, String purpose) {}

  /** When the stream's money may be spent; either end may be open. */
  public record Period(LocalDate start, LocalDate end) {}
}
