package org.commissioninghub.applications;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commissioninghub.applications.ApplicationView.YearAmount;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.notifications.Outbox;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.programmes.ProgrammeView;
import org.commissioninghub.programmes.ProgrammeView.QuestionView;
import org.commissioninghub.programmes.Programmes;
import org.commissioninghub.programmes.QuestionKind;
import org.commissioninghub.programmes.RoundView;
import org.commissioninghub.programmes.RoundWindow;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications feature's public API. Every rule is checked here on the server: eligibility, the
 * programme's maximum bid and years, document size and type, and the round's deadline. A submission
 * is committed before the applicant is told it was received.
 */
@Service
public class Applications {

  private static final int MAX_DOCUMENTS = 20;
  private static final DateTimeFormatter RECEIVED =
      DateTimeFormatter.ofPattern("h:mm:ssa 'on' d MMMM yyyy", Locale.UK);

  private final ApplicationRepository repository;
  private final Programmes programmes;
  private final Organisations organisations;
  private final Outbox outbox;
  private final AuditLog audit;
  private final Clock clock;

  Applications(
      ApplicationRepository repository,
      Programmes programmes,
      Organisations organisations,
      Outbox outbox,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.programmes = programmes;
    this.organisations = organisations;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Starts a draft whose shape has been checked, once the round takes it and the eligibility
   * questions are passed.
   */
  @Transactional
  public ApplicationView start(Actor actor, ApplicationStart command) {
    Problems problems = new Problems();
    RoundView round = roundFor(command.round(), problems);
    OrganisationView organisation = applicant(actor, command.organisation(), round, problems);
    problems.throwIfAny("APPLICATION-1");
    Instant now = clock.instant();
    // Staff may enter an application received in a round that has closed; it is then recorded
    // with the time it arrived, which must be before the deadline.
    boolean recordingPast =
        actor.has(Role.OFFICER) || actor.has(Role.ADMIN) || managesFund(actor, round);
    if (!recordingPast && !round.window().closes().toInstant().isAfter(now)) {
      throw new ConflictException("APPLICATION-4", round.window().refusal(now));
    }
    refuseUntilEarlierRoundDecided(round);
    ProgrammeView programme = round.programme();
    String typeProblem = programme.rules().whyNotEligible(organisation.type());
    if (typeProblem != null) {
      problems.add(
          "organisation",
          typeProblem
              + "; "
              + organisation.name()
              + " is a "
              + organisation.type().label().toLowerCase(Locale.UK));
    }
    Map<String, String> answers = command.eligibility();
    for (QuestionView q : programme.eligibilityQuestions()) {
      String answer = answers.get(q.key());
      if (answer == null || answer.isBlank()) {
        problems.add("eligibility." + q.key(), "Answer: " + q.label());
      } else if (!q.passes(answer)) {
        problems.add("eligibility." + q.key(), "Not eligible because " + q.ineligibleReason());
      }
    }
    problems.throwIfAny("APPLICATION-2");
    OffsetDateTime at = OffsetDateTime.now(clock);
    // The reference is the round's prefix and the application's own number: no shared counter,
    // so a rush of applications never queues on one row.
    long id =
        repository.insert(
            "p-" + java.util.UUID.randomUUID().toString().replace("-", ""),
            round.id(),
            organisation.id(),
            command.title(),
            actor.username(),
            at);
    String reference = String.format("%s-%04d", round.referencePrefix(), id);
    repository.set(id, "reference", reference);
    for (QuestionView q : programme.eligibilityQuestions()) {
      repository.saveAnswer(id, q.id(), answers.get(q.key()));
    }
    audit.record(
        "application.started",
        "application",
        reference,
        organisation.publicId() + " to " + round.publicId() + ": " + command.title());
    return repository.find(reference).orElseThrow();
  }

  /**
   * Saves a draft: what is typed is checked and kept, what is missing may be added later. Any
   * problem refuses the whole save.
   */
  @Transactional
  public ApplicationView save(Actor actor, String reference, int version, DraftCommand draft) {
    ApplicationView existing = visible(actor, reference);
    requireDraft(existing);
    Problems problems = new Problems();
    String title = draft.title() == null ? existing.title() : draft.title();
    String summary = pick(draft.summary(), existing.summary());
    String contactName = pick(draft.contactName(), existing.contactName());
    String contactEmail = pick(draft.contactEmail(), existing.contactEmail());
    List<YearAmount> amounts =
        draft.amounts() == null ? existing.amounts() : amounts(existing.round(), draft.amounts());
    Map<String, String> answers = draft.answers();
    ProgrammeView programme = existing.round().programme();
    // The command was checked against a programme's form; its answers must be this one's.
    answers.keySet().stream()
        .filter(key -> DraftCommand.answerable(programme, key) == null)
        .forEach(
            key ->
                problems.add("answers." + key, "There is no question " + key + " to answer here"));
    problems.throwIfAny("APPLICATION-1");
    if (!repository.saveDetails(
        existing.id(),
        version,
        title,
        summary,
        contactName,
        contactEmail,
        OffsetDateTime.now(clock))) {
      throw new ConflictException(
          "APPLICATION-5", audit.changedSinceOpened("application", reference, "application"));
    }
    if (draft.amounts() != null) {
      repository.replaceAmounts(existing.id(), amounts);
    }
    answers.forEach(
        (key, value) -> repository.saveAnswer(existing.id(), question(programme, key).id(), value));
    ApplicationView after = repository.find(reference).orElseThrow();
    audit.recordChange("application.saved", "application", reference, existing, after);
    return after;
  }

  /** Stores a document after checking its size and, from its bytes, its type. */
  @Transactional
  public ApplicationView.DocumentView upload(
      Actor actor, String reference, String questionKey, String fileName, byte[] content) {
    ApplicationView application = visible(actor, reference);
    requireDraft(application);
    ProgrammeView programme = application.round().programme();
    Problems problems = new Problems();
    Long questionId = null;
    if (questionKey != null && !questionKey.isBlank()) {
      QuestionView q = question(programme, questionKey.strip());
      if (q == null || q.kind() != QuestionKind.FILE) {
        problems.add("question", "There is no document question " + questionKey);
      } else {
        questionId = q.id();
      }
    }
    checkFileName(fileName, problems);
    String name = safeName(fileName);
    DocumentType type = null;
    if (content == null || content.length == 0) {
      problems.add("file", "The selected file is empty");
    } else if (content.length > programme.maxDocumentBytes()) {
      problems.add(
          "file",
          name
              + " is "
              + megabytes(content.length)
              + ": the most "
              + programme.name()
              + " accepts is "
              + megabytes(programme.maxDocumentBytes()));
    } else {
      type = DocumentType.sniff(content);
      if (type == null) {
        problems.add("file", name + " is not a type we accept: upload " + DocumentType.ALLOWED);
      } else if (!type.matchesName(name)) {
        problems.add(
            "file",
            name
                + " does not match its content, which is "
                + type.contentType()
                + ": check you chose the right file");
      }
    }
    if (application.documents().size() >= MAX_DOCUMENTS) {
      problems.add("file", "An application may have at most " + MAX_DOCUMENTS + " documents");
    }
    problems.throwIfAny("DOCUMENT-1");
    String digest = sha256(content);
    long id =
        repository.insertDocument(
            application.id(),
            questionId,
            name,
            type,
            content,
            digest,
            actor.username(),
            OffsetDateTime.now(clock));
    audit.record(
        "application.document-added",
        "application",
        reference,
        name
            + " ("
            + type.contentType()
            + ", "
            + content.length
            + " bytes, sha256 "
            + digest
            + ")");
    return repository.find(reference).orElseThrow().documents().stream()
        .filter(d -> d.id() == id)
        .findFirst()
        .orElseThrow();
  }

  @Transactional
  public ApplicationView removeDocument(Actor actor, String reference, long documentId) {
    ApplicationView application = visible(actor, reference);
    requireDraft(application);
    if (!repository.deleteDocument(application.id(), documentId)) {
      throw new NotFoundException("document", String.valueOf(documentId));
    }
    audit.record(
        "application.document-removed", "application", reference, "document " + documentId);
    return repository.find(reference).orElseThrow();
  }

  @Transactional(readOnly = true)
  public DocumentContent document(Actor actor, String reference, long documentId) {
    ApplicationView application = visible(actor, reference);
    return repository
        .documentContent(application.id(), documentId)
        .orElseThrow(() -> new NotFoundException("document", String.valueOf(documentId)));
  }

  /**
   * Submits a draft. Everything is checked again, the deadline against the server's clock; the
   * receipt is queued in the same transaction and sent only once the submission is committed.
   */
  @Transactional
  public ApplicationView submit(Actor actor, String reference) {
    return submitAt(actor, reference, clock.instant(), "application.submitted");
  }

  /**
   * Records an application received on paper or by email in a past round, at the time it was
   * received; the deadline is checked against that time.
   */
  @Transactional
  public ApplicationView recordReceived(Actor actor, String reference, Instant receivedAt) {
    return submitAt(actor, reference, receivedAt, "application.received-recorded");
  }

  private ApplicationView submitAt(Actor actor, String reference, Instant at, String action) {
    ApplicationView application =
        repository
            .lockAndFind(reference)
            .filter(a -> maySee(actor, a))
            .orElseThrow(() -> new NotFoundException("application", reference));
    requireDraft(application);
    RoundView round = application.round();
    String refusal = round.window().refusal(at);
    if (refusal != null) {
      throw new ConflictException("APPLICATION-4", refusal);
    }
    refuseUntilEarlierRoundDecided(round);
    boolean live = action.equals("application.submitted");
    // Recorded from paper, the policies were checked then; today's profile says nothing of them.
    List<FieldProblem> problems = completeness(application, live);
    if (!problems.isEmpty()) {
      throw new org.commissioninghub.shared.InvalidInputException("APPLICATION-3", problems);
    }
    OffsetDateTime when = at.atOffset(java.time.ZoneOffset.UTC);
    if (!repository.moveStatus(
        application.id(), ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, when)) {
      throw new ConflictException(
          "APPLICATION-5", audit.changedSinceOpened("application", reference, "application"));
    }
    repository.set(application.id(), "submitted_at", when);
    repository.set(application.id(), "submitted_by", actor.username());
    if (live) {
      repository.keepProfile(application.id(), organisations.profile(application.organisationId()));
    }
    ApplicationView submitted = repository.find(reference).orElseThrow();
    audit.record(
        action,
        "application",
        reference,
        "total " + submitted.total().plain() + ", " + submitted.documents().size() + " documents");
    if (!live) {
      // Recorded afterwards from paper or email: the applicant had their receipt at the time.
      return submitted;
    }
    outbox.queue(
        submitted.contactEmail(),
        "Application received: " + reference,
        receipt(submitted, at),
        "application",
        reference);
    return submitted;
  }

  /** Everything still missing or wrong before an application can be submitted. */
  @Transactional(readOnly = true)
  public List<FieldProblem> completeness(ApplicationView application) {
    return completeness(application, true);
  }

  /**
   * The applicant's profile: as kept at submission, or for a draft (and an application recorded
   * from paper) as it is now.
   */
  @Transactional(readOnly = true)
  public ApplicationProfile profile(ApplicationView application) {
    return repository
        .keptProfile(application.id())
        .orElseGet(
            () -> ApplicationProfile.current(organisations.profile(application.organisationId())));
  }

  private List<FieldProblem> completeness(ApplicationView application, boolean policies) {
    Problems problems = new Problems();
    ProgrammeView programme = application.round().programme();
    problems.required(
        "contactName", application.contactName(), "Give the name of the person we should contact");
    problems.required(
        "contactEmail",
        application.contactEmail(),
        "Give an email address for the receipt and our decision");
    problems.required("summary", application.summary(), "Summarise your project");
    for (FieldProblem p : programme.rules().checkBid(null, application.amountsPerYear())) {
      if (!p.field().equals("applicantType")) {
        problems.add(p.field(), p.message());
      }
    }
    if (policies) {
      organisations
          .profile(application.organisationId())
          .lacking(programme.requiredPolicies(), java.time.LocalDate.now(clock))
          .forEach(p -> problems.add(p.field(), p.message()));
    }
    for (QuestionView q : programme.applicationQuestions()) {
      if (q.kind() == QuestionKind.FILE) {
        boolean uploaded =
            application.documents().stream().anyMatch(d -> q.key().equals(d.questionKey()));
        if (q.required() && !uploaded) {
          problems.add("documents." + q.key(), "Upload " + q.label());
        }
      } else {
        String problem = q.problemWith(application.answers().get(q.key()));
        if (problem != null) {
          problems.add("answers." + q.key(), q.label() + ": " + problem);
        }
      }
    }
    return problems.list();
  }

  @Transactional
  public ApplicationView withdraw(Actor actor, String reference, String reason) {
    ApplicationView application = visible(actor, reference);
    if (!application.status().canWithdraw()) {
      throw new ConflictException(
          "APPLICATION-6",
          "An application that is "
              + application.status().label().toLowerCase(Locale.UK)
              + " cannot be withdrawn");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!repository.moveStatus(
        application.id(), application.status(), ApplicationStatus.WITHDRAWN, now)) {
      throw new ConflictException(
          "APPLICATION-5", "The application changed while you were withdrawing it: try again");
    }
    repository.set(application.id(), "withdrawn_at", now);
    repository.set(
        application.id(),
        "withdrawal_reason",
        reason == null || reason.isBlank() ? null : reason.strip());
    audit.record(
        "application.withdrawn", "application", reference, reason == null ? "" : reason.strip());
    return repository.find(reference).orElseThrow();
  }

  /** One application, if this user may see it; otherwise it does not exist for them. */
  @Transactional(readOnly = true)
  public ApplicationView get(Actor actor, String reference) {
    return visible(actor, reference);
  }

  /** One application, for features that have already checked the user's role. */
  @Transactional(readOnly = true)
  public ApplicationView get(String reference) {
    return repository
        .find(reference)
        .orElseThrow(() -> new NotFoundException("application", reference));
  }

  /** The applications this user may see: a provider's own, or every one for staff. */
  @Transactional(readOnly = true)
  public List<ApplicationView> visibleTo(Actor actor) {
    if (!actor.isScoped()) {
      return repository.all();
    }
    return repository.all().stream().filter(a -> maySee(actor, a)).toList();
  }

  /** Those of {@link #visibleTo} in one status, read by status rather than all then filtered. */
  @Transactional(readOnly = true)
  public List<ApplicationView> visibleTo(Actor actor, ApplicationStatus status) {
    List<ApplicationView> inStatus = repository.inStatus(status);
    return actor.isScoped() ? inStatus.stream().filter(a -> maySee(actor, a)).toList() : inStatus;
  }

  @Transactional(readOnly = true)
  public List<ApplicationView> inRound(long roundId) {
    return repository.inRound(roundId);
  }

  /** The total approved so far in a round, over every year of every approved bid. */
  @Transactional(readOnly = true)
  public Money approvedInRound(long roundId) {
    return repository.approvedInRound(roundId);
  }

  /**
   * Whether the user may see the application: staff, its own organisation, or the CSP running the
   * fund.
   */
  public boolean maySee(Actor actor, ApplicationView application) {
    if (!actor.isScoped()) {
      return true;
    }
    return actor.organisationId() == application.organisationId()
        || (actor.has(Role.CSP_LEAD)
            && actor.organisationId() == application.round().programme().ownerId());
  }

  /** Records the screening of a submitted application: eligible or not, with the reason. */
  @Transactional
  public ApplicationView recordScreening(
      Actor actor, String reference, boolean eligible, String reason) {
    ApplicationView application = get(reference);
    if (reason == null || reason.isBlank()) {
      throw org.commissioninghub.shared.InvalidInputException.of(
          "SCREENING-1", "reason", "Record the reason for the screening decision");
    }
    ApplicationStatus to = eligible ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE;
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!repository.moveStatus(application.id(), ApplicationStatus.SUBMITTED, to, now)) {
      throw new ConflictException(
          "SCREENING-2",
          "Only a submitted application can be screened; this one is "
              + application.status().label().toLowerCase(Locale.UK));
    }
    repository.set(application.id(), "screened_at", now);
    repository.set(application.id(), "screened_by", actor.username());
    repository.set(application.id(), "screening_reason", reason.strip());
    audit.record(
        "application.screened", "application", reference, to.label() + ": " + reason.strip());
    return get(reference);
  }

  /** Records the end of the approval chain: approved (with the amount and conditions) or not. */
  @Transactional
  public ApplicationView recordDecision(
      String reference, boolean approved, Money amount, String conditions, String feedback) {
    ApplicationView application = get(reference);
    ApplicationStatus to = approved ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!repository.moveStatus(application.id(), ApplicationStatus.ELIGIBLE, to, now)) {
      throw new ConflictException("DECISION-9", "The application has already been decided");
    }
    repository.set(application.id(), "decided_at", now);
    repository.set(application.id(), "approved_pence", approved ? amount.pence() : null);
    repository.set(application.id(), "conditions", conditions);
    repository.set(application.id(), "feedback", feedback);
    return get(reference);
  }

  /** Links the award made from an approved application and marks the offer as sent. */
  @Transactional
  public ApplicationView recordOffer(String reference, String awardPublicId) {
    ApplicationView application = get(reference);
    if (!repository.moveStatus(
        application.id(),
        ApplicationStatus.APPROVED,
        ApplicationStatus.OFFERED,
        OffsetDateTime.now(clock))) {
      throw new ConflictException("OFFER-1", "Only an approved application can be offered");
    }
    repository.set(application.id(), "award_public_id", awardPublicId);
    return get(reference);
  }

  @Transactional
  public ApplicationView recordOfferResponse(String reference, boolean accepted) {
    ApplicationView application = get(reference);
    ApplicationStatus to = accepted ? ApplicationStatus.ACCEPTED : ApplicationStatus.DECLINED;
    if (!repository.moveStatus(
        application.id(), ApplicationStatus.OFFERED, to, OffsetDateTime.now(clock))) {
      throw new ConflictException("OFFER-2", "This offer has already been answered");
    }
    return get(reference);
  }

  /** Links an application to the award it continues, for a continuation round. */
  @Transactional
  public void recordPredecessor(String reference, String predecessorAward) {
    repository.set(get(reference).id(), "predecessor_award", predecessorAward);
  }

  private ApplicationView visible(Actor actor, String reference) {
    return repository
        .find(reference)
        .filter(a -> maySee(actor, a))
        .orElseThrow(() -> new NotFoundException("application", reference));
  }

  private RoundView roundFor(String publicId, Problems problems) {
    try {
      return programmes.round(publicId);
    } catch (NotFoundException e) {
      problems.add("round", "There is no round " + publicId);
      problems.throwIfAny("APPLICATION-1");
      throw e;
    }
  }

  /**
   * A provider applies for their own organisation; a CSP lead may enter a partner's business case
   * for a fund the CSP runs; staff may enter an application for any organisation.
   */
  private OrganisationView applicant(
      Actor actor, String organisation, RoundView round, Problems problems) {
    boolean cspForOwnFund =
        actor.has(Role.CSP_LEAD)
            && actor.organisationId() != null
            && actor.organisationId() == round.programme().ownerId();
    if (actor.isScoped() && !cspForOwnFund) {
      return organisations.get(actor.organisationId());
    }
    if (organisation == null || organisation.isBlank()) {
      if (actor.organisationId() != null) {
        return organisations.get(actor.organisationId());
      }
      problems.add("organisation", "Select the organisation applying");
      problems.throwIfAny("APPLICATION-1");
    }
    try {
      return organisations.get(organisation.strip());
    } catch (NotFoundException e) {
      problems.add("organisation", "There is no organisation " + organisation);
      problems.throwIfAny("APPLICATION-1");
      throw e;
    }
  }

  private static boolean managesFund(Actor actor, RoundView round) {
    return actor.has(Role.CSP_LEAD)
        && actor.organisationId() != null
        && actor.organisationId() == round.programme().ownerId();
  }

  private void refuseUntilEarlierRoundDecided(RoundView round) {
    if (round.opensAfterRoundId() == null) {
      return;
    }
    int waiting = repository.countUndecided(round.opensAfterRoundId());
    if (waiting > 0) {
      RoundView earlier = programmes.round(round.opensAfterRoundId());
      throw new ConflictException(
          "APPLICATION-7",
          round.name()
              + " opens once every application to "
              + earlier.name()
              + " is decided: "
              + waiting
              + (waiting == 1 ? " is" : " are")
              + " still waiting");
    }
  }

  /** Each year's amount against the round's years, first year first. */
  private static List<YearAmount> amounts(RoundView round, List<Money> typed) {
    List<YearAmount> amounts = new ArrayList<>();
    for (int i = 0; i < typed.size(); i++) {
      amounts.add(new YearAmount(i, round.year(i), typed.get(i)));
    }
    return amounts;
  }

  private static QuestionView question(ProgrammeView programme, String key) {
    return programme.questions().stream().filter(q -> q.key().equals(key)).findFirst().orElse(null);
  }

  private static void requireDraft(ApplicationView application) {
    if (application.status() != ApplicationStatus.DRAFT) {
      throw new ConflictException(
          "APPLICATION-8",
          "Application "
              + application.reference()
              + " has been "
              + application.status().label().toLowerCase(Locale.UK)
              + " and can no longer be changed");
    }
  }

  private static String pick(String typed, String existing) {
    if (typed == null) {
      return existing;
    }
    return typed.isBlank() ? null : typed.strip();
  }

  /** The longest file name kept: the size of {@code application_document.file_name}. */
  static final int LONGEST_FILE_NAME = 255;

  /**
   * A name with a line break or NUL in it is refused rather than quietly changed: it was not made
   * by a person choosing a file, and the user should know which file we kept under which name.
   */
  private static void checkFileName(String fileName, Problems problems) {
    if (fileName == null) {
      return;
    }
    if (fileName.length() > LONGEST_FILE_NAME) {
      problems.add(
          "file",
          "The file name is "
              + fileName.length()
              + " characters long: it must be "
              + LONGEST_FILE_NAME
              + " characters or fewer; rename the file and upload it again");
    }
    if (fileName.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      problems.add(
          "file",
          "The file name contains a control character (such as a line break or NUL): rename the"
              + " file and upload it again");
    }
  }

  private static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name =
        name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
    if (name.isEmpty()) {
      name = "document";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String receipt(ApplicationView a, Instant at) {
    StringBuilder text = new StringBuilder();
    text.append("We have received your application.\n\n")
        .append("Reference: ")
        .append(a.reference())
        .append('\n')
        .append("Project: ")
        .append(a.title())
        .append('\n')
        .append("Organisation: ")
        .append(a.organisationName())
        .append('\n')
        .append("Fund: ")
        .append(a.round().programme().name())
        .append(", ")
        .append(a.round().name())
        .append('\n')
        .append("Received: ")
        .append(RECEIVED.format(at.atZone(RoundWindow.UK)).replace("AM", "am").replace("PM", "pm"))
        .append(" (UK time)\n\n")
        .append("Amount requested:\n");
    for (YearAmount amount : a.amounts()) {
      text.append("  ")
          .append(amount.year())
          .append(": ")
          .append(amount.amount().format())
          .append('\n');
    }
    text.append("  Total: ").append(a.total().format()).append("\n\n");
    if (!a.documents().isEmpty()) {
      text.append("Documents received:\n");
      for (ApplicationView.DocumentView d : a.documents()) {
        text.append("  ")
            .append(d.fileName())
            .append(" (")
            .append(d.sizeText())
            .append(", SHA-256 ")
            .append(d.sha256())
            .append(")\n");
      }
      text.append('\n');
    }
    text.append("We will tell you our decision by email. Quote the reference if you contact us.\n");
    return text.toString();
  }
}
