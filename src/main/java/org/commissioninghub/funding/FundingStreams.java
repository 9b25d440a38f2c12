package org.commissioninghub.funding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The funding feature's public API: sources and the streams of money the PCC receives. */
@Service
public class FundingStreams {

  private final FundingRepository repository;
  private final Organisations organisations;
  private final AuditLog audit;
  private final Clock clock;

  FundingStreams(
      FundingRepository repository, Organisations organisations, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<FundingSourceView> sources() {
    return repository.sources();
  }

  @Transactional
  public FundingSourceView createSource(
      String publicId, String name, FundingBody body, Long funderId) {
    Problems problems = new Problems();
    problems.required("name", name, "Enter the name of the funding source");
    if (body == null) {
      problems.add("body", "Select the kind of body");
    }
    problems.throwIfAny("FUNDING-1");
    String id = publicId == null || publicId.isBlank() ? Slugs.of(name) : publicId.strip();
    if (repository.source(id).isPresent()) {
      throw new ConflictException("FUNDING-2", "The funding source id " + id + " is already used");
    }
    repository.insertSource(id, name.strip(), body, funderId);
    audit.record("funding-source.created", "funding-source", id, name);
    return repository.source(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<FundingStreamView> streams(FinancialYear year) {
    return repository.streams(year);
  }

  @Transactional(readOnly = true)
  public List<FinancialYear> years() {
    return repository.years().stream().map(FinancialYear::new).toList();
  }

  @Transactional(readOnly = true)
  public FundingStreamView get(String publicId) {
    return repository.stream(publicId)
        .orElseThrow(() -> new NotFoundException("funding stream", publicId));
  }

  /**
   * Locks funding streams until the transaction ends, so that what is allocated from them, promised
   * from them or decided at year end can be checked against what they received and added without
   * another writer slipping in between. Read the streams again after locking.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public void lockForAllocation(java.util.Collection<Long> streamIds) {
    repository.lockStreams(streamIds);
  }

  @Transactional(readOnly = true)
  public FundingStreamView get(long id) {
    return repository.stream(id)
        .orElseThrow(() -> new NotFoundException("funding stream", String.valueOf(id)));
  }

  @Transactional
  public FundingStreamView create(FundingStreamCommand stream) {
    Problems problems = new Problems();
    FundingSourceView source = sourceFor(stream.source(), problems);
    Long holderId = holderFor(stream.holder(), problems);
    problems.throwIfAny("FUNDING-1");
    String id =
        stream.publicId() == null
            ? uniqueId(stream.name() + " " + stream.year().label())
            : stream.publicId();
    if (repository.streamIdExists(id)) {
      throw new ConflictException("FUNDING-2", "The funding stream id " + id + " is already used");
    }
    repository.insertStream(id, source.id(), holderId, stream, OffsetDateTime.now(clock));
    audit.record("funding-stream.created", "funding-stream", id, stream.toString());
    return get(id);
  }

  @Transactional(readOnly = true)
  public StreamTerms terms(String publicId) {
    return repository.terms(get(publicId).id());
  }

  /**
   * Records when the funder's commitment ends and what happens to unspent money. A stream cannot
   * both allow carrying forward and require unspent money to be returned.
   */
  @Transactional
  public StreamTerms recordTerms(String publicId, StreamTermsCommand command) {
    FundingStreamView stream = get(publicId);
    Problems problems = new Problems();
    java.time.LocalDate ceases = Dates.parseOptional(problems, "ceasesOn", command.ceasesOn());
    if (ceases != null && stream.startDate() != null && ceases.isBefore(stream.startDate())) {
      problems.add(
          "ceasesOn",
          "The funding cannot cease before the stream starts ("
              + Dates.format(stream.startDate())
              + ")");
    }
    if (command.carryForwardAllowed() && command.unspentReturned()) {
      problems.add(
          "unspentReturned",
          "Unspent money is either carried forward or returned to the funder, not both");
    }
    String reportedAs =
        command.reportedAs() == null || command.reportedAs().isBlank()
            ? null
            : command.reportedAs().strip();
    if (reportedAs != null && reportedAs.length() > 200) {
      problems.add("reportedAs", "The funding line must be 200 characters or fewer");
    }
    problems.throwIfAny("FUNDING-5");
    StreamTerms before = repository.terms(stream.id());
    StreamTerms after =
        new StreamTerms(
            ceases, reportedAs, command.carryForwardAllowed(), command.unspentReturned());
    repository.updateTerms(stream.id(), after);
    audit.recordChange("funding-stream.terms", "funding-stream", publicId, before, after);
    return after;
  }

  @Transactional
  public FundingStreamView update(String publicId, int version, FundingStreamCommand stream) {
    FundingStreamView existing = get(publicId);
    Problems problems = new Problems();
    FundingSourceView source = sourceFor(stream.source(), problems);
    Long holderId = holderFor(stream.holder(), problems);
    problems.throwIfAny("FUNDING-1");
    if (!repository.updateStream(
        existing.id(), version, source.id(), holderId, stream, OffsetDateTime.now(clock))) {
      throw new ConflictException(
          "FUNDING-3", audit.changedSinceOpened("funding-stream", publicId, "funding stream"));
    }
    FundingStreamView after = get(publicId);
    audit.recordChange("funding-stream.updated", "funding-stream", publicId, existing, after);
    return after;
  }

  private FundingSourceView sourceFor(String sourceId, Problems problems) {
    return repository
        .source(sourceId)
        .orElseGet(
            () -> {
              problems.add("source", "There is no funding source called " + sourceId);
              return null;
            });
  }

  private Long holderFor(String holder, Problems problems) {
    if (holder == null) {
      return null;
    }
    try {
      return organisations.get(holder).id();
    } catch (NotFoundException e) {
      problems.add("holder", "There is no organisation " + holder + " to hold this stream");
      return null;
    }
  }

  private String uniqueId(String text) {
    String base = Slugs.of(text);
    String candidate = base;
    for (int n = 2; repository.streamIdExists(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }
}
