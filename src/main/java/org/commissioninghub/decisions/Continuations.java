package org.commissioninghub.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.awards.AwardKind;
import org.commissioninghub.awards.AwardLineRequest;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.awards.AwardRequest;
import org.commissioninghub.awards.AwardStatus;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.notifications.Outbox;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Continuation of last year's grants: the officer sees each award with the evidence recorded,
 * offers a continuation at the same or a changed level, and an accepted continuation becomes next
 * year's award, linked to its predecessor.
 */
@Service
public class Continuations {

  private final ContinuationRepository repository;
  private final Awards awards;
  private final FundingStreams streams;
  private final Outbox outbox;
  private final Letters letters;
  private final AuditLog audit;
  private final Clock clock;
  private final String publicUrl;

  Continuations(
      ContinuationRepository repository,
      Awards awards,
      FundingStreams streams,
      Outbox outbox,
      Letters letters,
      AuditLog audit,
      Clock clock,
      @Value("${commissioning.public-url}") String publicUrl) {
    this.repository = repository;
    this.awards = awards;
    this.streams = streams;
    this.outbox = outbox;
    this.letters = letters;
    this.audit = audit;
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  /** Last year's grants that could continue into this year, each with any continuation so far. */
  @Transactional(readOnly = true)
  public List<Candidate> candidates(FinancialYear year) {
    List<Candidate> candidates = new ArrayList<>();
    for (AwardView award : awards.list(year.previous())) {
      if (award.kind() == AwardKind.GRANT) {
        candidates.add(
            new Candidate(award, repository.forPredecessor(award.publicId()).orElse(null)));
      }
    }
    return candidates;
  }

  /** An award of last year with the continuation offered on it, if any. */
  public record Candidate(AwardView award, ContinuationView continuation) {}

  /**
   * Offers a continuation whose shape has been checked: refused when the award is not a grant, is
   * already continued or ends after the year, a stream does not fit, or a ring-fence would be
   * overspent.
   */
  @Transactional
  public ContinuationView offer(Actor officer, ContinuationOffer command) {
    Problems problems = new Problems();
    AwardView predecessor = null;
    try {
      predecessor = awards.get(command.predecessor() == null ? "" : command.predecessor());
    } catch (NotFoundException e) {
      problems.add("predecessor", "There is no award " + command.predecessor());
    }
    FinancialYear year = command.year();
    problems.throwIfAny("CONTINUATION-1");
    // One offer per award: locked so that two officers offering at once cannot both pass the check.
    awards.lock(predecessor.publicId());
    if (predecessor.kind() != AwardKind.GRANT) {
      problems.add("predecessor", "Only a grant can be continued; contracts are extended");
    }
    FinancialYear lastYear =
        predecessor.lines().stream()
            .map(AwardLineView::year)
            .max(FinancialYear::compareTo)
            .orElse(
                FinancialYear.containing(
                    predecessor.endDate() == null ? LocalDate.now(clock) : predecessor.endDate()));
    if (year.compareTo(lastYear) <= 0) {
      problems.add("year", "A continuation must be for a year after " + lastYear);
    }
    if (repository.forPredecessor(predecessor.publicId()).isPresent()) {
      problems.add("predecessor", predecessor.title() + " already has a continuation offer");
    }
    String sendTo = command.sendTo();
    boolean past = command.offeredOn() != null;
    LocalDate offered = past ? command.offeredOn() : LocalDate.now(clock);
    if (offered.isAfter(LocalDate.now(clock))) {
      problems.add("offeredOn", "An offer cannot be recorded as made on a future date");
    }
    LocalDate respondBy =
        command.respondBy() != null
            ? command.respondBy()
            : offered.plusDays(Decisions.DAYS_TO_RESPOND);
    List<ContinuationView.Line> lines =
        command.lines().isEmpty()
            ? sameLevel(predecessor, lastYear, year, problems)
            : lines(command.lines(), year, problems);
    if (problems.isEmpty()) {
      refuseOverRingFence(lines, problems);
    }
    problems.throwIfAny("CONTINUATION-2");
    String successor =
        command.successor() == null
            ? successorId(predecessor.publicId(), year)
            : command.successor();
    ContinuationView.Basis basis = basis(predecessor, lastYear, lines);
    String programme = command.programme() == null ? predecessor.programme() : command.programme();
    String letter = letter(predecessor, year, lastYear, lines, basis, command, respondBy);
    long id =
        repository.insert(
            predecessor.publicId(),
            predecessor.organisationId(),
            year,
            command.performanceEvidence(),
            command.complianceEvidence(),
            basis,
            officer.username(),
            past
                ? offered
                    .atTime(12, 0)
                    .atZone(java.time.ZoneId.of("Europe/London"))
                    .toOffsetDateTime()
                : OffsetDateTime.now(clock),
            letter,
            sendTo,
            respondBy,
            successor,
            programme,
            lines);
    if (!past) {
      outbox.queue(
          sendTo,
          "Continuation offer for " + year + ": " + predecessor.title(),
          letter,
          "continuation",
          String.valueOf(id));
    }
    audit.record(
        "continuation.offered",
        "award",
        predecessor.publicId(),
        year
            + " "
            + basis
            + " total "
            + lines.stream()
                .map(ContinuationView.Line::amount)
                .reduce(Money.ZERO, Money::plus)
                .plain());
    return repository.find(id).orElseThrow();
  }

  /** Accepting makes next year's award, linked to last year's; declining ends the offer. */
  @Transactional
  public ContinuationView answer(Actor actor, long id, boolean accept) {
    get(actor, id);
    repository.lock(id); // so that an offer is answered once, however many press at once
    ContinuationView c = get(actor, id);
    boolean ownOrganisation =
        actor.organisationId() != null && actor.organisationId() == c.organisationId();
    if (!ownOrganisation && !actor.has(Role.OFFICER) && !actor.has(Role.ADMIN)) {
      throw new ConflictException(
          "CONTINUATION-3", "Only " + c.organisationName() + " can answer this offer");
    }
    if (!c.answer().canMoveTo(OfferAnswer.given(accept))) {
      throw new ConflictException(
          "CONTINUATION-4", "This continuation offer has already been answered");
    }
    AwardView predecessor = awards.get(c.predecessorAward());
    String successor = null;
    if (accept) {
      awards.create(
          new AwardRequest(
                  c.successorAward(),
                  predecessor.organisationPublicId(),
                  "GRANT",
                  predecessor.title(),
                  predecessor.serviceDescription(),
                  c.programme(),
                  "APPROVED",
                  c.decidedAt().toLocalDate().toString(),
                  c.year().start().toString(),
                  c.year().end().toString(),
                  predecessor.publicId(),
                  c.lines().stream()
                      .map(
                          l ->
                              new AwardLineRequest(
                                  l.streamPublicId(),
                                  c.year().toString(),
                                  l.category(),
                                  l.amount().plain(),
                                  l.posts()))
                      .toList())
              .toCommand());
      awards.moveStatus(c.successorAward(), AwardStatus.ACTIVE, "continuation accepted");
      successor = c.successorAward();
    }
    repository.answer(id, actor.username(), OffsetDateTime.now(clock), accept, successor);
    String by =
        ownOrganisation ? "by " + actor.displayName() : "recorded by " + actor.displayName();
    audit.record(
        accept ? "continuation.accepted" : "continuation.declined",
        "award",
        c.predecessorAward(),
        c.year() + " " + by);
    return repository.find(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  public ContinuationView get(Actor actor, long id) {
    return repository
        .find(id)
        .filter(c -> actor.maySee(c.organisationId()))
        .orElseThrow(() -> new NotFoundException("continuation", String.valueOf(id)));
  }

  @Transactional(readOnly = true)
  public List<ContinuationView> list(Actor actor) {
    return repository.all().stream().filter(c -> actor.maySee(c.organisationId())).toList();
  }

  /** The same streams' next-year counterparts (same source and name), at last year's amounts. */
  private List<ContinuationView.Line> sameLevel(
      AwardView predecessor, FinancialYear lastYear, FinancialYear year, Problems problems) {
    List<ContinuationView.Line> lines = new ArrayList<>();
    List<FundingStreamView> nextYear = streams.streams(year);
    for (AwardLineView line : predecessor.lines()) {
      if (!line.year().equals(lastYear)) {
        continue;
      }
      FundingStreamView from = streams.get(line.streamPublicId());
      FundingStreamView to =
          nextYear.stream()
              .filter(
                  s ->
                      s.sourcePublicId().equals(from.sourcePublicId())
                          && s.name().equals(from.name()))
              .findFirst()
              .orElse(null);
      if (to == null) {
        problems.add(
            "lines",
            "There is no "
                + year
                + " stream matching "
                + from.name()
                + ": give the lines yourself");
        continue;
      }
      lines.add(
          new ContinuationView.Line(
              to.id(), to.publicId(), to.name(), line.category(), line.amount(), line.posts()));
    }
    if (lines.isEmpty() && problems.isEmpty()) {
      problems.add(
          "lines",
          predecessor.title()
              + " has no recorded amounts for "
              + lastYear
              + ": give next year's lines");
    }
    return lines;
  }

  private List<ContinuationView.Line> lines(
      List<ContinuationOffer.Line> typed, FinancialYear year, Problems problems) {
    List<ContinuationView.Line> lines = new ArrayList<>();
    for (int i = 0; i < typed.size(); i++) {
      ContinuationOffer.Line c = typed.get(i);
      String at = "lines[" + i + "].";
      FundingStreamView stream = null;
      try {
        stream = streams.get(c.stream() == null ? "" : c.stream());
      } catch (NotFoundException e) {
        problems.add(at + "stream", "There is no funding stream " + c.stream());
      }
      if (stream != null && !stream.year().equals(year)) {
        problems.add(at + "stream", stream.name() + " is for " + stream.year() + ", not " + year);
      }
      if (stream != null) {
        lines.add(
            new ContinuationView.Line(
                stream.id(),
                stream.publicId(),
                stream.name(),
                c.category(),
                c.amount(),
                c.posts()));
      }
    }
    return lines;
  }

  /** Offers still waiting count against ring-fenced streams, so they cannot be promised twice. */
  private void refuseOverRingFence(List<ContinuationView.Line> lines, Problems problems) {
    Map<Long, Money> adding = new LinkedHashMap<>();
    lines.forEach(l -> adding.merge(l.streamId(), l.amount(), Money::plus));
    streams.lockForAllocation(adding.keySet());
    for (Map.Entry<Long, Money> e : adding.entrySet()) {
      FundingStreamView stream = streams.get(e.getKey());
      if (!stream.ringfenced() || stream.amount() == null) {
        continue;
      }
      Money after =
          awards
              .allocatedFrom(stream.id())
              .plus(repository.pendingFrom(stream.id()))
              .plus(e.getValue());
      if (after.isGreaterThan(stream.amount())) {
        problems.add(
            "lines",
            "This would promise "
                + after.format()
                + " from the ring-fenced "
                + stream.name()
                + " ("
                + stream.year()
                + "), which received "
                + stream.amount().format()
                + ": "
                + after.minus(stream.amount()).format()
                + " too much");
      }
    }
  }

  private static ContinuationView.Basis basis(
      AwardView predecessor, FinancialYear lastYear, List<ContinuationView.Line> lines) {
    Money before =
        predecessor.lines().stream()
            .filter(l -> l.year().equals(lastYear))
            .map(AwardLineView::amount)
            .reduce(Money.ZERO, Money::plus);
    if (!before.isPositive()) {
      return ContinuationView.Basis.NOT_KNOWN;
    }
    Money after = lines.stream().map(ContinuationView.Line::amount).reduce(Money.ZERO, Money::plus);
    return after.equals(before) ? ContinuationView.Basis.SAME : ContinuationView.Basis.CHANGED;
  }

  private static String successorId(String predecessor, FinancialYear year) {
    String suffix = "-" + year.toString().replace('/', '-');
    String base = predecessor.replaceAll("-\\d{4}-\\d{2}$", "");
    return base + suffix;
  }

  private String letter(
      AwardView predecessor,
      FinancialYear year,
      FinancialYear lastYear,
      List<ContinuationView.Line> lines,
      ContinuationView.Basis basis,
      ContinuationOffer command,
      LocalDate respondBy) {
    StringBuilder text = new StringBuilder();
    for (ContinuationView.Line l : lines) {
      text.append("  ")
          .append(l.streamName())
          .append(l.category().isEmpty() ? "" : " (" + l.category() + ")")
          .append(": ")
          .append(l.amount().format())
          .append('\n');
    }
    Map<String, String> values = new HashMap<>();
    values.put("year", year.toString());
    values.put("previousYear", lastYear.toString());
    values.put("predecessorTitle", predecessor.title());
    values.put("predecessor", predecessor.publicId());
    values.put("organisation", predecessor.organisationName());
    values.put("basis", basis.label().toLowerCase(Locale.UK));
    values.put("lines", text.toString());
    values.put(
        "total",
        lines.stream().map(ContinuationView.Line::amount).reduce(Money.ZERO, Money::plus).format());
    values.put("performance", command.performanceEvidence());
    values.put("compliance", command.complianceEvidence());
    values.put(
        "respondBy", respondBy.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
    values.put("link", publicUrl + "/continuations");
    values.put("standardConditions", letters.fill("grant-conditions", Map.of()));
    return letters.fill("continuation-letter", values);
  }
}
