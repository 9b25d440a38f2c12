package org.commissioninghub.programmes;

import java.util.List;
import java.util.Set;
import org.commissioninghub.organisations.OrganisationType;
import org.commissioninghub.organisations.PolicyKind;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/** A programme (fund) with everything that governs its rounds. */
public record ProgrammeView(
    long id,
    String publicId,
    String name,
    String description,
    long ownerId,
    String ownerPublicId,
    String ownerName,
    Money maxPerYear,
    int maxYears,
    Set<OrganisationType> eligibleTypes,
    String eligibleAreas,
    String priorities,
    long maxDocumentBytes,
    List<StreamRef> streams,
    List<CriterionView> criteria,
    List<QuestionView> questions,
    List<StepView> steps,
    Set<PolicyKind> requiredPolicies) {

  /** The rules a bid must meet, as a domain object. */
  public Programme rules() {
    return new Programme(name, maxPerYear, maxYears, eligibleTypes);
  }

  public List<QuestionView> eligibilityQuestions() {
    return questions.stream().filter(QuestionView::eligibility).toList();
  }

  public List<QuestionView> applicationQuestions() {
    return questions.stream().filter(q -> !q.eligibility()).toList();
  }

  public int totalWeight() {
    return criteria.stream().mapToInt(CriterionView::weight).sum();
  }

  /** The streams this programme may draw on in one year, in the order they are used. */
  public List<StreamRef> streamsFor(FinancialYear year) {
    return streams.stream().filter(s -> s.year().equals(year)).toList();
  }

  /** The steps an amount must pass, in order, leaving out those its thresholds exclude. */
  public List<StepView> stepsFor(Money amount) {
    return steps.stream().filter(s -> s.appliesTo(amount)).toList();
  }

  public record StreamRef(long id, String publicId, String name, FinancialYear year) {}

  public record CriterionView(
      long id, int position, String name, int weight, int scaleMax, String guidance) {}

  public record QuestionView(
      long id,
      int position,
      String key,
      String label,
      String hint,
      QuestionKind kind,
      boolean required,
      Integer wordLimit,
      List<String> choices,
      boolean eligibility,
      String eligibleAnswer,
      String ineligibleReason) {

    /** Why the answer cannot be accepted, or null. A blank answer is judged by required. */
    public String problemWith(String answer) {
      if (answer == null || answer.isBlank()) {
        return required && kind != QuestionKind.FILE ? "Answer this question" : null;
      }
      return kind.problemWith(answer, wordLimit, choices);
    }

    /** Whether this eligibility answer lets the applicant go on. */
    public boolean passes(String answer) {
      return !eligibility || (answer != null && answer.strip().equalsIgnoreCase(eligibleAnswer));
    }
  }

  public record StepView(
      long id,
      int position,
      String name,
      String role,
      boolean recommends,
      Money appliesOver,
      Money appliesUpTo) {

    public boolean appliesTo(Money amount) {
      return (appliesOver == null || amount.isGreaterThan(appliesOver))
          && (appliesUpTo == null || !amount.isGreaterThan(appliesUpTo));
    }

    /** The threshold in words, e.g. "over £25,000.00", or empty when the step always applies. */
    public String thresholdText() {
      if (appliesOver != null && appliesUpTo != null) {
        return "over " + appliesOver.format() + " and up to " + appliesUpTo.format();
      }
      if (appliesOver != null) {
        return "over " + appliesOver.format();
      }
      return appliesUpTo == null ? "" : "up to " + appliesUpTo.format();
    }
  }
}
