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
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.InvalidInputException;
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
   * Records a new organisation whose fields have been checked. Unless the user has confirmed,
   * refuses when the name, an alias or a registered number matches one already recorded.
   */
  @Transactional
  public OrganisationView create(OrganisationDetails org, boolean duplicateConfirmed) {
    Problems problems = new Problems();
    String publicId = org.publicId();
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

  /** Corrects an organisation whose fields have been checked; its id stays as it is. */
  @Transactional
  public OrganisationView update(String publicId, int expectedVersion, OrganisationDetails org) {
    OrganisationView existing = get(publicId);
    Problems problems = new Problems();
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

  @Transactional(readOnly = true)
  public OrganisationProfile profile(String publicId) {
    OrganisationView org = get(publicId);
    return new OrganisationProfile(org, repository.policies(org.id()));
  }

  @Transactional(readOnly = true)
  public OrganisationProfile profile(long id) {
    OrganisationView org = get(id);
    return new OrganisationProfile(org, repository.policies(org.id()));
  }

  /**
   * Updates the profile an organisation keeps for its applications: registered numbers, address,
   * website and policies. Its own users may do this (the access policy limits them to their own
   * organisation); its name, type and roles stay with officers.
   */
  @Transactional
  public OrganisationProfile updateProfile(
      String username, String publicId, int expectedVersion, ProfileCommand command) {
    OrganisationProfile before = profile(publicId);
    OrganisationView org = before.organisation();
    Problems problems = new Problems();
    OrganisationDetails valid = null;
    try {
      valid = profileOf(org, command).toCommand();
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> problems.add(p.field(), p.message()));
    }
    List<PolicyView> policies = policies(command, problems);
    problems.throwIfAny("ORGANISATION-5");
    rejectTakenIdentifier(valid, org.publicId(), problems);
    problems.throwIfAny("ORGANISATION-2");
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!repository.update(org.id(), expectedVersion, valid, now)) {
      throw new ConflictException(
          "ORGANISATION-4", audit.changedSinceOpened("organisation", publicId, "organisation"));
    }
    repository.replacePolicies(org.id(), policies, username, now);
    OrganisationProfile after = profile(publicId);
    audit.recordChange(
        "organisation.profile-updated",
        "organisation",
        publicId,
        ProfileFields.of(before),
        ProfileFields.of(after));
    return after;
  }

  /** The organisation as it is, with the profile's fields as typed. */
  private static OrganisationCommand profileOf(OrganisationView org, ProfileCommand command) {
    // An org-id derived from the old charity number is derived again from the new one.
    String orgId = org.orgIdentifier();
    if (orgId != null
        && org.charityNumber() != null
        && orgId.equals("GB-CHC-" + org.charityNumber().replaceAll("-.*", ""))) {
      orgId = null;
    }
    return new OrganisationCommand(
        org.publicId(),
        org.name(),
        org.type().name(),
        org.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
        command.charityNumber(),
        command.companyNumber(),
        orgId,
        command.address(),
        command.postcode(),
        command.website(),
        org.aliases());
  }

  private List<PolicyView> policies(ProfileCommand command, Problems problems) {
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    Map<String, String> typed =
        command.policyReviewedOn() == null ? Map.of() : command.policyReviewedOn();
    List<PolicyView> policies = new ArrayList<>();
    for (PolicyKind kind : PolicyKind.values()) {
      String field = "policies." + kind.name();
      java.time.LocalDate reviewed = Dates.parseOptional(problems, field, typed.get(kind.name()));
      if (reviewed != null && reviewed.isAfter(today)) {
        problems.add(
            field,
            "The date the "
                + kind.label().toLowerCase(java.util.Locale.UK)
                + " policy was last reviewed cannot be in the future");
      } else if (reviewed != null) {
        policies.add(new PolicyView(kind, reviewed));
      }
    }
    for (String key : typed.keySet()) {
      if (java.util.Arrays.stream(PolicyKind.values()).noneMatch(k -> k.name().equals(key))) {
        problems.add("policies." + key, "There is no policy kind " + key);
      }
    }
    return policies;
  }

  /** The profile as the audit trail compares it, field by field (public for its reflection). */
  public record ProfileFields(
      String charityNumber,
      String companyNumber,
      String orgIdentifier,
      String address,
      String postcode,
      String website,
      String policies) {

    static ProfileFields of(OrganisationProfile profile) {
      OrganisationView o = profile.organisation();
      return new ProfileFields(
          o.charityNumber(),
          o.companyNumber(),
          o.orgIdentifier(),
          o.address(),
          o.postcode(),
          o.website(),
          profile.policies().stream()
              .map(p -> p.kind().label() + " reviewed " + p.reviewedOn())
              .collect(java.util.stream.Collectors.joining(", ")));
    }
  }

  private void rejectTakenIdentifier(OrganisationDetails org, String self, Problems problems) {
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

  private List<DuplicateCandidate> possibleDuplicates(OrganisationDetails org, String self) {
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
