package org.commissioninghub.programmes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commissioninghub.organisations.OrganisationType;
import org.commissioninghub.organisations.PolicyKind;
import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/** A programme command that has passed every check, ready to store. */
record ValidProgramme(
    String publicId,
    String name,
    String description,
    long ownerId,
    Money maxPerYear,
    int maxYears,
    Set<OrganisationType> eligibleTypes,
    String eligibleAreas,
    String priorities,
    long maxDocumentBytes,
    List<Long> streamIds,
    List<ProgrammeCommand.Criterion> criteria,
    List<ProgrammeCommand.Question> questions,
    List<ValidStep> steps,
    Set<PolicyKind> requiredPolicies) {

  static final Set<String> DECIDING_ROLES = Set.of("OFFICER", "APPROVER", "CSP_LEAD", "ADMIN");
  private static final int DEFAULT_DOCUMENT_MEGABYTES = 10;

  record ValidStep(
      int position,
      String name,
      String role,
      boolean recommends,
      Money appliesOver,
      Money appliesUpTo) {}

  static ValidProgramme check(
      ProgrammeCommand c, String publicId, Long ownerId, List<Long> streamIds, Problems problems) {
    problems.required("name", c.name(), "Enter the programme's name");
    Money max = null;
    if (c.maxPerYear() == null || c.maxPerYear().isBlank()) {
      problems.add("maxPerYear", "Enter the most one bid may ask for in a year, like £10,000");
    } else {
      max = problems.money("maxPerYear", c.maxPerYear());
      if (max != null && !max.isPositive()) {
        problems.add("maxPerYear", "The maximum per year must be more than £0.00");
      }
    }
    int years = c.maxYears() == null ? 1 : c.maxYears();
    if (years < 1 || years > 10) {
      problems.add("maxYears", "A programme may fund from 1 to 10 years");
    }
    Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
    List<String> typeCodes = c.eligibleTypes() == null ? List.of() : c.eligibleTypes();
    for (int i = 0; i < typeCodes.size(); i++) {
      OrganisationType t =
          problems.parse(
              "eligibleTypes[" + i + "]",
              typeCodes.get(i),
              v -> Codes.parse(OrganisationType.class, v, "organisation type"));
      if (t != null) {
        types.add(t);
      }
    }
    int megabytes =
        c.maxDocumentMegabytes() == null ? DEFAULT_DOCUMENT_MEGABYTES : c.maxDocumentMegabytes();
    if (megabytes < 1 || megabytes > 50) {
      problems.add("maxDocumentMegabytes", "Documents may be limited to between 1 and 50 MB");
    }
    List<ProgrammeCommand.Criterion> criteria =
        c.criteria() == null ? List.of() : List.copyOf(c.criteria());
    for (int i = 0; i < criteria.size(); i++) {
      ProgrammeCommand.Criterion cr = criteria.get(i);
      String at = "criteria[" + i + "].";
      problems.required(at + "name", cr.name(), "Name criterion " + (i + 1));
      if (cr.weight() == null || cr.weight() < 1 || cr.weight() > 100) {
        problems.add(at + "weight", "Criterion " + (i + 1) + ": give a weight from 1 to 100");
      }
      if (cr.scaleMax() == null || cr.scaleMax() < 1 || cr.scaleMax() > 100) {
        problems.add(
            at + "scaleMax", "Criterion " + (i + 1) + ": scores run from 0 to a top of 1 to 100");
      }
    }
    List<ProgrammeCommand.Question> questions =
        c.questions() == null ? List.of() : List.copyOf(c.questions());
    checkQuestions(questions, problems);
    List<ValidStep> steps = checkSteps(c.approvalSteps(), problems);
    Set<PolicyKind> policies = EnumSet.noneOf(PolicyKind.class);
    List<String> policyCodes = c.requiredPolicies() == null ? List.of() : c.requiredPolicies();
    for (int i = 0; i < policyCodes.size(); i++) {
      PolicyKind kind =
          problems.parse(
              "requiredPolicies[" + i + "]",
              policyCodes.get(i),
              v -> Codes.parse(PolicyKind.class, v, "policy"));
      if (kind != null) {
        policies.add(kind);
      }
    }
    return new ValidProgramme(
        publicId,
        c.name() == null ? null : c.name().strip(),
        blankToNull(c.description()),
        ownerId == null ? 0 : ownerId,
        max,
        years,
        types,
        blankToNull(c.eligibleAreas()),
        blankToNull(c.priorities()),
        megabytes * 1024L * 1024L,
        streamIds,
        criteria,
        questions,
        steps,
        policies);
  }

  private static void checkQuestions(List<ProgrammeCommand.Question> questions, Problems problems) {
    Set<String> keys = new HashSet<>();
    boolean seenApplicationQuestion = false;
    for (int i = 0; i < questions.size(); i++) {
      ProgrammeCommand.Question q = questions.get(i);
      String at = "questions[" + i + "].";
      if (q.key() == null || !q.key().strip().matches("[a-z][a-z0-9-]{0,59}")) {
        problems.add(at + "key", "Question " + (i + 1) + ": use a key of lower-case letters");
      } else if (!keys.add(q.key().strip())) {
        problems.add(at + "key", "Question " + (i + 1) + " repeats the key " + q.key());
      }
      problems.required(at + "label", q.label(), "Question " + (i + 1) + ": enter the question");
      QuestionKind kind =
          problems.parse(
              at + "kind", q.kind(), v -> Codes.parse(QuestionKind.class, v, "question kind"));
      if (kind == QuestionKind.CHOICE && (q.choices() == null || q.choices().size() < 2)) {
        problems.add(at + "choices", "Question " + (i + 1) + ": give at least two choices");
      }
      if (q.wordLimit() != null && (q.wordLimit() < 1 || kind != QuestionKind.TEXT)) {
        problems.add(
            at + "wordLimit", "Question " + (i + 1) + ": only text answers take a word limit");
      }
      if (Boolean.TRUE.equals(q.eligibility())) {
        if (seenApplicationQuestion) {
          problems.add(
              at + "eligibility",
              "Question " + (i + 1) + ": eligibility questions must come before the others");
        }
        if (kind != QuestionKind.YES_NO && kind != QuestionKind.CHOICE) {
          problems.add(at + "kind", "Question " + (i + 1) + ": eligibility needs yes/no or choice");
        }
        problems.required(
            at + "eligibleAnswer",
            q.eligibleAnswer(),
            "Question " + (i + 1) + ": say which answer is eligible");
        problems.required(
            at + "ineligibleReason",
            q.ineligibleReason(),
            "Question " + (i + 1) + ": say why other answers are not eligible");
      } else {
        seenApplicationQuestion = true;
      }
    }
  }

  private static List<ValidStep> checkSteps(
      List<ProgrammeCommand.Step> commands, Problems problems) {
    List<ValidStep> steps = new ArrayList<>();
    if (commands == null || commands.isEmpty()) {
      problems.add("approvalSteps", "Set out who decides: at least one approval step");
      return steps;
    }
    for (int i = 0; i < commands.size(); i++) {
      ProgrammeCommand.Step s = commands.get(i);
      String at = "approvalSteps[" + i + "].";
      int before = problems.count();
      problems.required(at + "name", s.name(), "Step " + (i + 1) + ": name the step");
      String role = s.role() == null ? "" : s.role().strip().toUpperCase(Locale.UK);
      if (!DECIDING_ROLES.contains(role)) {
        problems.add(
            at + "role",
            "Step " + (i + 1) + ": the deciding role must be one of " + sorted(DECIDING_ROLES));
      }
      int position = s.position() == null ? i + 1 : s.position();
      if (position < 1) {
        problems.add(at + "position", "Step " + (i + 1) + ": positions start at 1");
      }
      Money over = problems.optionalMoney(at + "appliesOver", s.appliesOver());
      Money upTo = problems.optionalMoney(at + "appliesUpTo", s.appliesUpTo());
      if (over != null && upTo != null && !upTo.isGreaterThan(over)) {
        problems.add(
            at + "appliesUpTo", "Step " + (i + 1) + ": the upper limit must be above the lower");
      }
      if (problems.count() == before) {
        steps.add(
            new ValidStep(
                position, s.name().strip(), role, Boolean.TRUE.equals(s.recommends()), over, upTo));
      }
    }
    if (!steps.isEmpty() && steps.stream().allMatch(ValidStep::recommends)) {
      problems.add("approvalSteps", "At least one step must approve, not only recommend");
    }
    return steps;
  }

  private static String sorted(Set<String> values) {
    return String.join(", ", values.stream().sorted().toList());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
