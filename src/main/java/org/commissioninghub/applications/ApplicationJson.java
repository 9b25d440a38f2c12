package org.commissioninghub.applications;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.commissioninghub.shared.Money;

/** An application as the API shows it; amounts are plain decimal strings like "10000.00". */
public record ApplicationJson(
    String reference,
    String round,
    String programme,
    String organisation,
    String organisationName,
    String title,
    String summary,
    String contactName,
    String contactEmail,
    String status,
    List<AmountJson> amounts,
    String total,
    Map<String, String> answers,
    List<DocumentJson> documents,
    OffsetDateTime submittedAt,
    String screeningReason,
    String approvedAmount,
    String conditions,
    String feedback,
    String award,
    int version) {

  public record AmountJson(String year, String amount) {}

  public record DocumentJson(
      long id,
      String question,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256) {}

  public static ApplicationJson of(ApplicationView a) {
    return new ApplicationJson(
        a.reference(),
        a.round().publicId(),
        a.round().programme().publicId(),
        a.organisationPublicId(),
        a.organisationName(),
        a.title(),
        a.summary(),
        a.contactName(),
        a.contactEmail(),
        a.status().name(),
        a.amounts().stream()
            .map(y -> new AmountJson(y.year().toString(), y.amount().plain()))
            .toList(),
        a.total().plain(),
        a.answers(),
        a.documents().stream()
            .map(
                d ->
                    new DocumentJson(
                        d.id(),
                        d.questionKey(),
                        d.fileName(),
                        d.contentType(),
                        d.sizeBytes(),
                        d.sha256()))
            .toList(),
        a.submittedAt(),
        a.screeningReason(),
        Money.plainOrNull(a.approvedAmount()),
        a.conditions(),
        a.feedback(),
        a.awardPublicId(),
        a.version());
  }
}
