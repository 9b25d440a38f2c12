package org.commissioninghub.programmes;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programmes feature's public API: funds, their rules and their rounds. */
@Service
public class Programmes {

  private final ProgrammeRepository repository;
  private final Organisations organisations;
  private final FundingStreams streams;
  private final AuditLog audit;
  private final Clock clock;

  Programmes(
      ProgrammeRepository repository,
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

  /**
   * Sets up a programme whose shape has been checked: refused, naming the field, when the owner or
   * a stream is not recorded or the id is taken.
   */
  @Transactional
  public ProgrammeView createProgramme(NewProgramme command) {
    Problems problems = new Problems();
    Long ownerId = null;
    try {
      ownerId = organisations.get(command.owner()).id();
    } catch (NotFoundException e) {
      problems.add("owner", "There is no organisation " + command.owner());
    }
    List<Long> streamIds = new ArrayList<>();
    for (int i = 0; i < command.streams().size(); i++) {
      try {
        streamIds.add(streams.get(command.streams().get(i)).id());
      } catch (NotFoundException e) {
        problems.add(
            "streams[" + i + "]", "There is no funding stream " + command.streams().get(i));
      }
    }
    String publicId = command.publicId();
    if (repository.programmeExists(publicId)) {
      problems.add("publicId", "There is already a programme with the id " + publicId);
    }
    problems.throwIfAny("PROGRAMME-1");
    repository.insertProgramme(command, ownerId, streamIds, OffsetDateTime.now(clock));
    ProgrammeView view = programme(publicId);
    audit.record(
        "programme.created",
        "programme",
        publicId,
        view.name()
            + " max "
            + view.maxPerYear().plain()
            + "/year for "
            + view.maxYears()
            + " years; "
            + view.criteria().size()
            + " criteria, "
            + view.questions().size()
            + " questions, "
            + view.steps().size()
            + " approval steps");
    return view;
  }

  @Transactional(readOnly = true)
  public List<ProgrammeView> programmes() {
    return repository.programmes();
  }

  @Transactional(readOnly = true)
  public ProgrammeView programme(String publicId) {
    return repository
        .programme(publicId)
        .orElseThrow(() -> new NotFoundException("programme", publicId));
  }

  /**
   * Opens a round whose shape has been checked: refused, naming the field, when the programme or
   * the round it opens after is not recorded, or the id or the reference prefix is taken.
   */
  @Transactional
  public RoundView createRound(NewRound command) {
    Problems problems = new Problems();
    ProgrammeView programme = repository.programme(command.programme()).orElse(null);
    if (programme == null) {
      problems.add("programme", "There is no programme " + command.programme());
    }
    Long afterId = null;
    if (command.opensAfterRound() != null) {
      RoundView after = repository.round(command.opensAfterRound()).orElse(null);
      if (after == null) {
        problems.add("opensAfterRound", "There is no round " + command.opensAfterRound());
      } else {
        afterId = after.id();
      }
    }
    String publicId = command.publicId();
    if (repository.roundExists(publicId)) {
      problems.add("publicId", "There is already a round with the id " + publicId);
    }
    if (repository.prefixTaken(command.referencePrefix())) {
      problems.add("referencePrefix", "Another round already uses " + command.referencePrefix());
    }
    problems.throwIfAny("ROUND-1");
    repository.insertRound(command, programme.id(), afterId, OffsetDateTime.now(clock));
    RoundView view = round(publicId);
    audit.record(
        "round.created",
        "round",
        publicId,
        view.name()
            + " of "
            + view.programme().name()
            + ": opens "
            + view.opensText()
            + ", closes "
            + view.closesText()
            + ", budget "
            + view.budget().plain());
    return view;
  }

  @Transactional(readOnly = true)
  public List<RoundView> rounds() {
    return repository.rounds();
  }

  @Transactional(readOnly = true)
  public List<RoundView> roundsOf(String programmePublicId) {
    return repository.roundsOf(programme(programmePublicId).id());
  }

  @Transactional(readOnly = true)
  public RoundView round(String publicId) {
    return repository.round(publicId).orElseThrow(() -> new NotFoundException("round", publicId));
  }

  /**
   * Locks a round until the transaction ends and reads it again, so that approvals can be checked
   * against its budget and added without another approval slipping in between.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public RoundView lockRound(long id) {
    repository.lockRound(id);
    return round(id);
  }

  @Transactional(readOnly = true)
  public RoundView round(long id) {
    return repository
        .round(id)
        .orElseThrow(() -> new NotFoundException("round", String.valueOf(id)));
  }

  /** Rounds taking applications now, and those still to open, soonest closing first. */
  @Transactional(readOnly = true)
  public List<RoundView> advertised(Instant now) {
    return repository.rounds().stream()
        .filter(r -> r.window().closes().toInstant().isAfter(now))
        .sorted(java.util.Comparator.comparing(r -> r.window().closes()))
        .toList();
  }
}
