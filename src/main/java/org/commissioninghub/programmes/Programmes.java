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
import org.commissioninghub.shared.Slugs;
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

  @Transactional
  public ProgrammeView createProgramme(ProgrammeCommand command) {
    Problems problems = new Problems();
    Long ownerId = null;
    if (command.owner() == null || command.owner().isBlank()) {
      problems.add("owner", "Select the organisation that runs the programme");
    } else {
      try {
        ownerId = organisations.get(command.owner().strip()).id();
      } catch (NotFoundException e) {
        problems.add("owner", "There is no organisation " + command.owner());
      }
    }
    List<Long> streamIds = new ArrayList<>();
    List<String> streamCodes = command.streams() == null ? List.of() : command.streams();
    if (streamCodes.isEmpty()) {
      problems.add("streams", "Select at least one funding stream the programme draws on");
    }
    for (int i = 0; i < streamCodes.size(); i++) {
      try {
        streamIds.add(streams.get(streamCodes.get(i).strip()).id());
      } catch (NotFoundException e) {
        problems.add("streams[" + i + "]", "There is no funding stream " + streamCodes.get(i));
      }
    }
    String publicId =
        command.publicId() == null || command.publicId().isBlank()
            ? (command.name() == null ? null : Slugs.of(command.name()))
            : command.publicId().strip();
    if (publicId != null && repository.programmeExists(publicId)) {
      problems.add("publicId", "There is already a programme with the id " + publicId);
    }
    ValidProgramme programme =
        ValidProgramme.check(command, publicId, ownerId, streamIds, problems);
    problems.throwIfAny("PROGRAMME-1");
    repository.insertProgramme(programme, OffsetDateTime.now(clock));
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

  @Transactional
  public RoundView createRound(RoundCommand command) {
    Problems problems = new Problems();
    ProgrammeView programme = null;
    if (command.programme() == null || command.programme().isBlank()) {
      problems.add("programme", "Select the programme this round belongs to");
    } else {
      programme = repository.programme(command.programme().strip()).orElse(null);
      if (programme == null) {
        problems.add("programme", "There is no programme " + command.programme());
      }
    }
    Long afterId = null;
    if (command.opensAfterRound() != null && !command.opensAfterRound().isBlank()) {
      RoundView after = repository.round(command.opensAfterRound().strip()).orElse(null);
      if (after == null) {
        problems.add("opensAfterRound", "There is no round " + command.opensAfterRound());
      } else {
        afterId = after.id();
      }
    }
    String publicId =
        command.publicId() == null || command.publicId().isBlank()
            ? (command.name() == null || programme == null
                ? null
                : Slugs.of(programme.publicId() + " " + command.name()))
            : command.publicId().strip();
    if (publicId != null && repository.roundExists(publicId)) {
      problems.add("publicId", "There is already a round with the id " + publicId);
    }
    ValidRound round = ValidRound.check(command, publicId, programme, afterId, problems);
    if (!round.referencePrefix().isEmpty() && repository.prefixTaken(round.referencePrefix())) {
      problems.add("referencePrefix", "Another round already uses " + round.referencePrefix());
    }
    problems.throwIfAny("ROUND-1");
    repository.insertRound(round, OffsetDateTime.now(clock));
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
