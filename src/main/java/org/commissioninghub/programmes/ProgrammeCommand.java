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
import org.commissioninghub.shared.Role;
import org.commissioninghub.shared.Slugs;

/**
 * A programme as typed or imported, and as the API's JSON body. Amounts are text as typed (e.g.
 * "£10,000"); {@link #toCommand()} checks the shape, naming every field at fault.
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

  static final Set<Role> DECIDING_ROLES =
      EnumSet.of(Role.OFFICER, Role.APPROVER, Role.CSP_LEAD, Role.ADMIN);
  private static final int DEFAULT_DOCUMENT_MEGABYTES = 10;

  /**
   * Checks the shape (required fields, amounts, ranges, codes, the questions' order and the
   * decision chain), naming every field at fault; the owner, streams and id are checked against the
   * records when the programme is created.
   */
  public NewProgramme toCommand() {
    Problems problems = new Problems();
    String ownerId = blankToNull(owner);
    if (ownerId == null) {
      problems.add("owner", "Select the organisation that runs the programme");
    }
    List<String> streamCodes =
        streams == null ? List.of() : streams.stream().map(s -> s.strip()).toList();
    if (streamCodes.isEmpty()) {
      problems.add("streams", "Select at least one funding stream the programme draws on");
    }
    problems.required("name", name, "Enter the programme's name");
    Money max = null;
    if (maxPerYear == null || maxPerYear.isBlank()) {
      problems.add("maxPerYear", "Enter the most one bid may ask for in a year, like £10,000");
    } else {
      max = problems.money("maxPerYear", maxPerYear);
      if (max != null && !max.isPositive()) {
        problems.add("maxPerYear", "The maximum per year must be more than £0.00");
      }
    }
    int years = maxYears == null ? 1 : maxYears;
    if (years < 1 || years > 10) {
      problems.add("maxYears", "A programme may fund from 1 to 10 years");
    }
    Set<OrganisationType> types =
        codes(
            "eligibleTypes", eligibleTypes, OrganisationType.class, "organisation type", problems);
    int megabytes =
        maxDocumentMegabytes == null ? DEFAULT_DOCUMENT_MEGABYTES : maxDocumentMegabytes;
    if (megabytes < 1 || megabytes > 50) {
      problems.add("maxDocumentMegabytes", "Documents may be limited to between 1 and 50 MB");
    }
    List<NewProgramme.Criterion> checkedCriteria = criteria(problems);
    List<NewProgramme.Question> checkedQuestions = questions(problems);
    List<NewProgramme.Step> steps = steps(problems);
    Set<PolicyKind> policies =
        codes("requiredPolicies", requiredPolicies, PolicyKind.class, "policy", problems);
    problems.throwIfAny("PROGRAMME-1");
    String id = blankToNull(publicId) == null ? Slugs.of(name) : publicId.strip();
    return new NewProgramme(
        id,
        name.strip(),
        blankToNull(description),
        ownerId,
        max,
        years,
        types,
        blankToNull(eligibleAreas),
        blankToNull(priorities),
        megabytes * 1024L * 1024L,
        streamCodes,
        checkedCriteria,
        checkedQuestions,
        steps,
        policies);
  }

  private static <E extends Enum<E>> Set<E> codes(
      String field, List<String> typed, Class<E> type, String what, Problems problems) {
    Set<E> parsed = EnumSet.noneOf(type);
    List<String> texts = typed == null ? List.of() : typed;
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i) == null ? "" : texts.get(i);
      E value = problems.parse(field + "[" + i + "]", text, v -> Codes.parse(type, v, what));
      if (value != null) {
        parsed.add(value);
      }
    }
    return parsed;
  }

  private List<NewProgramme.Criterion> criteria(Problems problems) {
    List<NewProgramme.Criterion> checked = new ArrayList<>();
    List<Criterion> typed = criteria == null ? List.of() : criteria;
    for (int i = 0; i < typed.size(); i++) {
      Criterion cr = typed.get(i);
      String at = "criteria[" + i + "].";
      int before = problems.count();
      problems.required(at + "name", cr.name(), "Name criterion " + (i + 1));
      if (cr.weight() == null || cr.weight() < 1 || cr.weight() > 100) {
        problems.add(at + "weight", "Criterion " + (i + 1) + ": give a weight from 1 to 100");
      }
      if (cr.scaleMax() == null || cr.scaleMax() < 1 || cr.scaleMax() > 100) {
        problems.add(
            at + "scaleMax", "Criterion " + (i + 1) + ": scores run from 0 to a top of 1 to 100");
      }
      if (problems.count() == before) {
        checked.add(
            new NewProgramme.Criterion(
                cr.name().strip(), cr.weight(), cr.scaleMax(), cr.guidance()));
      }
    }
    return checked;
  }

  private List<NewProgramme.Question> questions(Problems problems) {
    List<NewProgramme.Question> checked = new ArrayList<>();
    List<Question> typed = questions == null ? List.of() : questions;
    Set<String> keys = new HashSet<>();
    boolean seenApplicationQuestion = false;
    for (int i = 0; i < typed.size(); i++) {
      Question q = typed.get(i);
      String at = "questions[" + i + "].";
      int before = problems.count();
      if (q.key() == null || !q.key().strip().matches("[a-z][a-z0-9-]{0,59}")) {
        problems.add(at + "key", "Question " + (i + 1) + ": use a key of lower-case letters");
      } else if (!keys.add(q.key().strip())) {
        problems.add(at + "key", "Question " + (i + 1) + " repeats the key " + q.key());
      }
      problems.required(at + "label", q.label(), "Question " + (i + 1) + ": enter the question");
      QuestionKind kind =
          problems.parse(
              at + "kind",
              q.kind() == null ? "" : q.kind(),
              v -> Codes.parse(QuestionKind.class, v, "question kind"));
      if (kind == QuestionKind.CHOICE && (q.choices() == null || q.choices().size() < 2)) {
        problems.add(at + "choices", "Question " + (i + 1) + ": give at least two choices");
      }
      if (q.wordLimit() != null && (q.wordLimit() < 1 || kind != QuestionKind.TEXT)) {
        problems.add(
            at + "wordLimit", "Question " + (i + 1) + ": only text answers take a word limit");
      }
      boolean eligibility = Boolean.TRUE.equals(q.eligibility());
      if (eligibility) {
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
      if (problems.count() == before) {
        checked.add(
            new NewProgramme.Question(
                q.key().strip(),
                q.label().strip(),
                q.hint(),
                kind,
                Boolean.TRUE.equals(q.required()),
                q.wordLimit(),
                q.choices() == null ? List.of() : List.copyOf(q.choices()),
                eligibility,
                q.eligibleAnswer(),
                q.ineligibleReason()));
      }
    }
    return checked;
  }

  private List<NewProgramme.Step> steps(Problems problems) {
    List<NewProgramme.Step> steps = new ArrayList<>();
    if (approvalSteps == null || approvalSteps.isEmpty()) {
      problems.add("approvalSteps", "Set out who decides: at least one approval step");
      return steps;
    }
    for (int i = 0; i < approvalSteps.size(); i++) {
      Step s = approvalSteps.get(i);
      String at = "approvalSteps[" + i + "].";
      int before = problems.count();
      problems.required(at + "name", s.name(), "Step " + (i + 1) + ": name the step");
      String roleName = s.role() == null ? "" : s.role().strip().toUpperCase(Locale.UK);
      Role role = Role.read(roleName).filter(DECIDING_ROLES::contains).findFirst().orElse(null);
      if (role == null) {
        problems.add(
            at + "role",
            "Step "
                + (i + 1)
                + ": the deciding role must be one of "
                + String.join(", ", DECIDING_ROLES.stream().map(Enum::name).sorted().toList()));
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
            new NewProgramme.Step(
                position, s.name().strip(), role, Boolean.TRUE.equals(s.recommends()), over, upTo));
      }
    }
    if (!steps.isEmpty() && steps.stream().allMatch(NewProgramme.Step::recommends)) {
      problems.add("approvalSteps", "At least one step must approve, not only recommend");
    }
    return steps;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

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
