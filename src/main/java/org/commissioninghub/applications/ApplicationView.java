package org.commissioninghub.applications;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.commissioninghub.programmes.RoundView;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/** An application as its applicant, assessors and approvers see it. */
public record ApplicationView(
    long id,
    String reference,
    RoundView round,
    long organisationId,
    String organisationPublicId,
    String organisationName,
    String title,
    String summary,
    String contactName,
    String contactEmail,
    ApplicationStatus status,
    List<YearAmount> amounts,
    Map<String, String> answers,
    List<DocumentView> documents,
    OffsetDateTime submittedAt,
    String submittedBy,
    OffsetDateTime screenedAt,
    String screenedBy,
    String screeningReason,
    OffsetDateTime withdrawnAt,
    String withdrawalReason,
    Money approvedAmount,
    String conditions,
    String feedback,
    String awardPublicId,
    String predecessorAward,
    String createdBy,
    OffsetDateTime updatedAt,
    int version) {

  /** What is asked for over all years of the bid. */
  public Money total() {
    return amounts.stream().map(YearAmount::amount).reduce(Money.ZERO, Money::plus);
  }

  public List<Money> amountsPerYear() {
    return amounts.stream().map(YearAmount::amount).toList();
  }

  /** The amount asked for in one year of the bid. */
  public record YearAmount(int index, FinancialYear year, Money amount) {}

  /** An uploaded document's details; the bytes are fetched separately. */
  public record DocumentView(
      long id,
      String questionKey,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      OffsetDateTime uploadedAt) {

    public String sizeText() {
      return sizeBytes >= 1024 * 1024
          ? String.format("%.1f MB", sizeBytes / (1024.0 * 1024.0))
          : Math.max(1, sizeBytes / 1024) + " KB";
    }
  }
}
