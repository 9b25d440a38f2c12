package org.commissioninghub.programmes;

import java.util.List;

/**
 * A programme as typed or imported. Amounts are text as typed (e.g. "£10,000"), checked before
 * anything is stored.
 *
 * @param owner the public id of the organisation that runs the fund (the OPCC or a CSP)
 * @param streams public ids of the funding streams it draws on, in the order they are used
 * @param requiredPolicies policies (e.g. SAFEGUARDING) an applicant's profile must hold, reviewed
 *     in the last 12 months
 */
public record ProgrammeCommand(
    String publicId,
    String name,
    String description,
    String owner,
    String maxPerYear,
    Integer maxYears,
    List<String> eligibleTypes,
    String eligibleAreas,
    String priorities,
    Integer maxDocumentMegabytes,
    List<String> streams,
    List<Criterion> criteria,
    List<Question> questions,
    List<Step> approvalSteps,
    List<String> requiredPolicies) {

  /** An assessment criterion, scored 0 to scaleMax and weighted. */
  public record Criterion(String name, Integer weight, Integer scaleMax, String guidance) {}

  /**
   * A question. Eligibility questions are asked first; an answer other than eligibleAnswer stops
   * the application with ineligibleReason.
   */
  public record Question(
      String key,
      String label,
      String hint,
      String kind,
      Boolean required,
      Integer wordLimit,
      List<String> choices,
      Boolean eligibility,
      String eligibleAnswer,
      String ineligibleReason) {}

  /**
   * A step in the decision chain. Steps with the same position must all approve. A step with
   * appliesOver is needed only for amounts above it; with appliesUpTo only for amounts up to it.
   */
  public record Step(
      Integer position,
      String name,
      String role,
      Boolean recommends,
      String appliesOver,
      String appliesUpTo) {}
}
