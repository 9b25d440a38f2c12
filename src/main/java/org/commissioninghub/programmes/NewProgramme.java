package org.commissioninghub.programmes;

import java.util.List;
import java.util.Set;
import org.commissioninghub.organisations.OrganisationType;
import org.commissioninghub.organisations.PolicyKind;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Role;

/**
 * A programme to set up, its shape checked ({@link ProgrammeCommand#toCommand()}): what remains to
 * check is whether the owner, the streams and the id are as the records say.
 *
 * @param publicId the programme's id, given or made from its name
 * @param owner the public id of the organisation that runs the fund
 * @param streams public ids of the funding streams it draws on, in the order they are used
 */
public record NewProgramme(
    String publicId,
    String name,
    String description,
    String owner,
    Money maxPerYear,
    int maxYears,
    Set<OrganisationType> eligibleTypes,
    String eligibleAreas,
    String priorities,
    long maxDocumentBytes,
    List<String> streams,
    List<Criterion> criteria,
    List<Question> questions,
    List<Step> steps,
    Set<PolicyKind> requiredPolicies) {

  /** An assessment criterion, scored 0 to scaleMax and weighted. */
  public record Criterion(String name, int weight, int scaleMax, String guidance) {}

  /** A question; eligibility questions come first. */
  public record Question(
      String key,
      String label,
      String hint,
      QuestionKind kind,
      boolean required,
      Integer wordLimit,
      List<String> choices,
      boolean eligibility,
      String eligibleAnswer,
      String ineligibleReason) {}

  /** A step in the decision chain, for amounts above appliesOver and up to appliesUpTo. */
  public record Step(
      int position,
      String name,
      Role role,
      boolean recommends,
      Money appliesOver,
      Money appliesUpTo) {}
}
