package org.commissioninghub.organisations;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.organisations.PossibleDuplicateException.DuplicateCandidate;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations feature's public API: record, correct and look up organisations. */
@Service
public class Organisations {

  private final OrganisationRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  Organisations(OrganisationRepository repository, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<OrganisationView> list() {
    return repository.findAll();
  }

  @Transactional(readOnly = true)
  public OrganisationView get(String publicId) {
    return repository
        .findByPublicId(publicId)
        .orElseThrow(() -> new NotFoundException("organisation", publicId));
  }

  @Transactional(readOnly = true)
  public OrganisationView get(long id) {
    return repository
        .findById(id)
        .orElseThrow(() -> new NotFoundException("organisation", String.valueOf(id)));
  }

  /**
   * Records a new organisation. Unless the user has confirmed, refuses when the name, an alias or a
   * registered number matches one already recorded.
   */
  @Transactional
  public OrganisationView create(OrganisationCommand command, boolean duplicateConfirmed) {
    Problems problems = new Problems();
    ValidOrganisation org = ValidOrganisation.check(command, problems);
    String publicId = command.publicId() == null ? null : command.publicId().strip();
    if (publicId != null && !publicId.matches("[a-z0-9][a-z0-9-]{0,79}")) {
      problems.add("publicId", "Use lower-case letters, digits and hyphens for the id");
    }
    problems.throwIfAny("ORGANISATION-1");
    rejectTakenIdentifier(org, null, problems);
    problems.throwIfAny("ORGANISATION-2");
    if (!duplicateConfirmed) {
      List<DuplicateCandidate> candidates = possibleDuplicates(org, null);
      if (!candidates.isEmpty()) {
        throw new PossibleDuplicateException(candidates);
      }
    }
    String id = publicId != null ? publicId : uniquePublicId(org.name());
    if (repository.publicIdExists(id)) {
      throw new ConflictException("ORGANISATION-3", "The id " + id + " is already used");
    }
    repository.insert(id, org, OffsetDateTime.now(clock));
    audit.record("organisation.created", "organisation", id, org.toString());
    return get(id);
  }

  @Transactional
  public OrganisationView update(
      String publicId, int expectedVersion, OrganisationCommand command) {
    OrganisationView existing = get(publicId);
    Problems problems = new Problems();
    ValidOrganisation org = ValidOrganisation.check(command, problems);
    problems.throwIfAny("ORGANISATION-1");
    rejectTakenIdentifier(org, existing.publicId(), problems);
    problems.throwIfAny("ORGANISATION-2");
    if (!repository.update(existing.id(), expectedVersion, org, OffsetDateTime.now(clock))) {
      throw new ConflictException(
          "ORGANISATION-4", audit.changedSinceOpened("organisation", publicId, "organisation"));
    }
    OrganisationView after = get(publicId);
    audit.recordChange("organisation.updated", "organisation", publicId, existing, after);
    return after;
  }

  private void rejectTakenIdentifier(ValidOrganisation org, String self, Problems problems) {
    if (org.orgIdentifier() == null) {
      return;
    }
    for (OrganisationView other : repository.withNumbers(null, null, org.orgIdentifier())) {
      if (!other.publicId().equals(self)) {
        problems.add(
            "orgIdentifier",
            "The org-id " + org.orgIdentifier() + " is already used by " + other.name());
      }
    }
  }

  private List<DuplicateCandidate> possibleDuplicates(ValidOrganisation org, String self) {
    Map<String, DuplicateCandidate> found = new LinkedHashMap<>();
    for (OrganisationView other :
        repository.withNumbers(org.charityNumber(), org.companyNumber(), null)) {
      found.putIfAbsent(
          other.publicId(),
          new DuplicateCandidate(other.publicId(), other.name(), "same registered number"));
    }
    List<String> keys = new ArrayList<>();
    keys.add(NameMatching.key(org.name()));
    org.aliases().forEach(alias -> keys.add(NameMatching.key(alias)));
    for (OrganisationRepository.NameKey existing : repository.nameKeys()) {
      for (String key : keys) {
        if (!existing.publicId().equals(self) && NameMatching.nearlySame(key, existing.key())) {
          String reason =
              existing.matchedOn().equals("name")
                  ? "similar name"
                  : "similar to its other name \"" + existing.matchedOn() + "\"";
          found.putIfAbsent(
              existing.publicId(),
              new DuplicateCandidate(existing.publicId(), existing.name(), reason));
        }
      }
    }
    return List.copyOf(found.values());
  }

  private String uniquePublicId(String name) {
    String base = Slugs.of(name);
    String candidate = base;
    for (int n = 2; repository.publicIdExists(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }
}
