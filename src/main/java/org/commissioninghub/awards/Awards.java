package org.commissioninghub.awards;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The awards feature's public API. Every line is checked against its funding stream: the year must
 * match, and a ring-fenced stream can never be allocated beyond what was received.
 */
@Service
public class Awards {

  private final AwardRepository repository;
  private final Organisations organisations;
  private final FundingStreams streams;
  private final AuditLog audit;
  private final Clock clock;

  Awards(
      AwardRepository repository,
      Organisations organisations,
      FundingStreams streams,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.organisations = organisations;
    this.streams = streams;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<AwardView> list(FinancialYear year) {
    return repository.find(year, null);
  }

  /** Every award with all its lines, whatever years they fall in. */
  @Transactional(readOnly = true)
  public List<AwardView> all() {
    return repository.find(null, null);
  }

  @Transactional(readOnly = true)
  public List<AwardView> forOrganisation(long organisationId) {
    return repository.find(null, organisationId);
  }

  @Transactional(readOnly = true)
  public AwardView get(String publicId) {
    return repository.find(publicId).orElseThrow(() -> new NotFoundException("award", publicId));
  }

  /**
   * Locks award lines until the transaction ends, so that what is paid against them can be checked
   * and added without another payment slipping in between; returns each line's amount as it now
   * stands (a line since removed is absent).
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public java.util.Map<Long, Money> lockLines(java.util.Collection<Long> lineIds) {
    repository.lockLines(lineIds);
    return repository.lineAmounts(lineIds);
  }

  /** Locks an award until the transaction ends, e.g. while a continuation of it is offered. */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public void lock(String publicId) {
    repository.lockAward(get(publicId).id());
  }

  /** Where the award's service is delivered; empty when it serves all of Kent and Medway. */
  @Transactional(readOnly = true)
  public List<DeliveryArea> areasOf(String publicId) {
    return repository.areas(get(publicId).id());
  }

  /** Every award's areas by its public id; awards delivered everywhere are absent. */
  @Transactional(readOnly = true)
  public java.util.Map<String, List<DeliveryArea>> areasByAward() {
    return repository.allAreas();
  }

  /**
   * Says where the award's service is delivered. Unknown areas are refused with each named, and
   * nothing changes; no areas at all means countywide.
   */
  @Transactional
  public List<DeliveryArea> setAreas(String username, String publicId, List<String> areas) {
    AwardView award = get(publicId);
    Problems problems = new Problems();
    List<DeliveryArea> chosen = new java.util.ArrayList<>();
    for (String text : areas == null ? List.<String>of() : areas) {
      if (text == null || text.isBlank()) {
        continue;
      }
      DeliveryArea.find(text)
          .ifPresentOrElse(
              a -> {
                if (!chosen.contains(a)) {
                  chosen.add(a);
                }
              },
              () ->
                  problems.add(
                      "areas", "\"" + text.strip() + "\" is not a district of Kent and Medway"));
    }
    problems.throwIfAny("AWARD-6");
    chosen.sort(java.util.Comparator.naturalOrder());
    List<DeliveryArea> before = repository.areas(award.id());
    repository.replaceAreas(award.id(), chosen);
    repository.touch(award.id(), OffsetDateTime.now(clock));
    audit.record(
        "award.areas",
        "award",
        publicId,
        describeAreas(before) + " -> " + describeAreas(chosen) + " by " + username);
    return chosen;
  }

  private static String describeAreas(List<DeliveryArea> areas) {
    return areas.isEmpty()
        ? DeliveryArea.EVERYWHERE
        : String.join(", ", areas.stream().map(DeliveryArea::label).toList());
  }

  /** How much of a funding stream is already promised in award lines. */
  @Transactional(readOnly = true)
  public Money allocatedFrom(long streamId) {
    return repository.allocated(streamId);
  }

  /** Moves an award on in its life (e.g. approved to active once the offer is accepted). */
  @Transactional
  public AwardView moveStatus(String publicId, AwardStatus status, String reason) {
    AwardView existing = get(publicId);
    if (!existing.status().canMoveTo(status)) {
      throw new ConflictException(
          "AWARD-4",
          "An award that is "
              + existing.status().label().toLowerCase()
              + " cannot become "
              + status.label().toLowerCase());
    }
    repository.setStatus(existing.id(), status, OffsetDateTime.now(clock));
    audit.record(
        "award.status-changed",
        "award",
        publicId,
        existing.status() + " -> " + status + (reason == null ? "" : ": " + reason));
    return get(publicId);
  }

  /**
   * Ends an award that will not go ahead (an offer declined) and gives its money back to the
   * streams it was promised from; the removed lines stay in the audit trail.
   */
  @Transactional
  public AwardView release(String publicId, String reason) {
    AwardView award = get(publicId);
    for (AwardLineView line : award.lines()) {
      removeLine(publicId, line.id());
    }
    return moveStatus(publicId, AwardStatus.ENDED, reason);
  }

  /**
   * Records an award with its lines, all or nothing: the organisation, predecessor and streams must
   * exist, each line's year be its stream's, and a ring-fenced stream never be allocated more than
   * it received (other streams give a warning).
   */
  @Transactional
  public AwardResult create(AwardCommand command) {
    Problems problems = new Problems();
    AwardHeader award = command.header();
    Long organisationId = organisationId(award.organisation(), problems);
    Long predecessorId = predecessorId(award.predecessor(), problems);
    List<StreamLine> lines = new ArrayList<>();
    for (int i = 0; i < command.lines().size(); i++) {
      StreamLine line = onStream(command.lines().get(i), "lines[" + i + "].", problems);
      if (line != null) {
        lines.add(line);
      }
    }
    rejectRepeatedLines(lines, problems);
    problems.throwIfAny("AWARD-1");
    List<String> warnings = checkAllocation(lines, problems);
    problems.throwIfAny("AWARD-2");

    String publicId = publicIdFor(command.publicId(), award.title());
    long id =
        repository.insert(
            publicId, award, organisationId, predecessorId, OffsetDateTime.now(clock));
    lines.forEach(line -> repository.insertLine(id, line));
    audit.record("award.created", "award", publicId, award + " lines=" + describe(lines));
    return new AwardResult(get(publicId), warnings);
  }

  /** Changes an award's details (not its lines); {@code version} must be the one read. */
  @Transactional
  public AwardView update(String publicId, int version, AwardHeader award) {
    AwardView existing = get(publicId);
    Problems problems = new Problems();
    Long organisationId = organisationId(award.organisation(), problems);
    Long predecessorId = predecessorId(award.predecessor(), problems);
    if (!existing.status().canMoveTo(award.status())) {
      problems.add(
          "status",
          "An award that is "
              + existing.status().label().toLowerCase()
              + " cannot become "
              + award.status().label().toLowerCase());
    }
    if (existing.id() == (predecessorId == null ? -1 : predecessorId)) {
      problems.add("predecessor", "An award cannot continue itself");
    }
    problems.throwIfAny("AWARD-1");
    if (!repository.update(
        existing.id(), version, award, organisationId, predecessorId, OffsetDateTime.now(clock))) {
      throw new ConflictException("AWARD-3", audit.changedSinceOpened("award", publicId, "award"));
    }
    AwardView after = get(publicId);
    audit.recordChange("award.updated", "award", publicId, existing, after);
    return after;
  }

  @Transactional
  public AwardResult addLine(String publicId, AwardLineCommand command) {
    AwardView award = get(publicId);
    Problems problems = new Problems();
    StreamLine line = onStream(command, "", problems);
    problems.throwIfAny("AWARD-1");
    if (repository.lineExists(award.id(), line.stream().id(), line.category())) {
      problems.add(
          "stream",
          "This award already has a line from "
              + line.stream().name()
              + (line.category().isEmpty() ? "" : " for " + line.category())
              + ": change that line instead");
    }
    List<String> warnings = checkAllocation(List.of(line), problems);
    problems.throwIfAny("AWARD-2");
    repository.insertLine(award.id(), line);
    repository.touch(award.id(), OffsetDateTime.now(clock));
    audit.record("award.line-added", "award", publicId, describe(List.of(line)));
    return new AwardResult(get(publicId), warnings);
  }

  @Transactional
  public AwardView removeLine(String publicId, long lineId) {
    AwardView award = get(publicId);
    AwardLineView line =
        award.lines().stream()
            .filter(l -> l.id() == lineId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("award line", String.valueOf(lineId)));
    repository.deleteLine(award.id(), lineId);
    repository.touch(award.id(), OffsetDateTime.now(clock));
    audit.record(
        "award.line-removed",
        "award",
        publicId,
        line.streamPublicId() + " " + line.year() + " " + line.amount().plain());
    return get(publicId);
  }

  /** The line with its stream, which must exist and be for the line's year. */
  private StreamLine onStream(AwardLineCommand c, String prefix, Problems problems) {
    FundingStreamView stream;
    try {
      stream = streams.get(c.stream());
    } catch (NotFoundException e) {
      problems.add(prefix + "stream", "There is no funding stream " + c.stream());
      return null;
    }
    if (c.year() != null && !stream.year().equals(c.year())) {
      problems.add(
          prefix + "year",
          "The funding stream "
              + stream.name()
              + " is for "
              + stream.year()
              + ", so it cannot pay for "
              + c.year()
              + ": choose that year's stream");
      return null;
    }
    return new StreamLine(stream, c);
  }

  private static void rejectRepeatedLines(List<StreamLine> lines, Problems problems) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      StreamLine line = lines.get(i);
      String key = line.stream().id() + "|" + line.category();
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        problems.add(
            "lines[" + i + "].stream",
            "Line " + (i + 1) + " repeats line " + (first + 1) + ": put both amounts on one line");
      }
    }
  }

  /** Refuses over-allocation of a ring-fenced stream; warns for any other stream. */
  private List<String> checkAllocation(List<StreamLine> lines, Problems problems) {
    Map<Long, Money> adding = new LinkedHashMap<>();
    Map<Long, FundingStreamView> byId = new LinkedHashMap<>();
    for (StreamLine line : lines) {
      adding.merge(line.stream().id(), line.amount(), Money::plus);
      byId.put(line.stream().id(), line.stream());
    }
    List<String> warnings = new ArrayList<>();
    streams.lockForAllocation(adding.keySet());
    for (Map.Entry<Long, Money> entry : adding.entrySet()) {
      FundingStreamView stream = streams.get(entry.getKey());
      if (stream.amount() == null) {
        continue;
      }
      Money after = repository.allocated(stream.id()).plus(entry.getValue());
      if (after.isGreaterThan(stream.amount())) {
        String message =
            "This would allocate "
                + after.format()
                + " from "
                + stream.name()
                + " ("
                + stream.year()
                + "), which received "
                + stream.amount().format()
                + ": "
                + after.minus(stream.amount()).format()
                + " more than it has";
        if (stream.ringfenced()) {
          problems.add("amount", message + ". The stream is ring-fenced, so this is not allowed.");
        } else {
          warnings.add(message + ".");
        }
      }
    }
    return warnings;
  }

  private Long organisationId(String publicId, Problems problems) {
    try {
      OrganisationView org = organisations.get(publicId);
      return org.id();
    } catch (NotFoundException e) {
      problems.add("organisation", "There is no organisation " + publicId);
      return null;
    }
  }

  private Long predecessorId(String publicId, Problems problems) {
    if (publicId == null) {
      return null;
    }
    return repository
        .idOf(publicId)
        .orElseGet(
            () -> {
              problems.add("predecessor", "There is no award " + publicId + " to continue");
              return null;
            });
  }

  private String publicIdFor(String requested, String title) {
    if (requested != null) {
      String id = requested;
      if (repository.exists(id)) {
        throw new ConflictException("AWARD-4", "The award id " + id + " is already used");
      }
      return id;
    }
    String base = Slugs.of(title);
    String candidate = base;
    for (int n = 2; repository.exists(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  private static String describe(List<StreamLine> lines) {
    return lines.stream()
        .map(
            l ->
                l.stream().publicId()
                    + " "
                    + l.year()
                    + " "
                    + l.category()
                    + " "
                    + l.amount().plain())
        .toList()
        .toString();
  }
}
