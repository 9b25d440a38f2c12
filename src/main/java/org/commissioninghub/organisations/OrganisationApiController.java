package org.commissioninghub.organisations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Funders, providers and partnerships")
class OrganisationApiController {

  private final Organisations organisations;

  OrganisationApiController(Organisations organisations) {
    this.organisations = organisations;
  }

  @GetMapping
  @Operation(summary = "List all organisations")
  List<OrganisationJson> list() {
    return organisations.list().stream().map(OrganisationJson::of).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One organisation by its public id")
  OrganisationJson get(@PathVariable String id) {
    return OrganisationJson.of(organisations.get(id));
  }

  @PostMapping
  @Operation(
      summary = "Record an organisation",
      description =
          "Refused with 409 and code ORGANISATION-DUPLICATE when it looks like one already recorded,"
              + " unless confirmNotDuplicate is true.")
  ResponseEntity<OrganisationJson> create(@RequestBody OrganisationRequest request) {
    OrganisationView created =
        organisations.create(request.toCommand(), request.confirmNotDuplicate());
    return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.publicId()))
        .body(OrganisationJson.of(created));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Correct an organisation; version must match the current version")
  OrganisationJson update(@PathVariable String id, @RequestBody OrganisationRequest request) {
    organisations.get(id);
    return OrganisationJson.of(
        organisations.update(
            id, request.version() == null ? -1 : request.version(), request.toCorrection()));
  }

  @GetMapping("/{id}/profile")
  @Operation(summary = "The profile an organisation keeps for its applications, with its policies")
  ProfileJson profile(@PathVariable String id) {
    return ProfileJson.of(organisations.profile(id));
  }

  @PutMapping("/{id}/profile")
  @Operation(
      summary = "Update the organisation profile",
      description =
          "Registered numbers, address, website, and for each policy (SAFEGUARDING, EQUALITY,"
              + " DATA_PROTECTION, HEALTH_AND_SAFETY, COMPLAINTS, WHISTLEBLOWING) the date it was"
              + " last reviewed; a policy left out is recorded as not held. version must match.")
  ProfileJson updateProfile(
      @PathVariable String id,
      @RequestBody ProfileRequest request,
      org.springframework.security.core.Authentication auth) {
    return ProfileJson.of(
        organisations.updateProfile(
            auth.getName(),
            id,
            request.version() == null ? -1 : request.version(),
            new ProfileCommand(
                request.charityNumber(),
                request.companyNumber(),
                request.address(),
                request.postcode(),
                request.website(),
                request.policies())));
  }

  record ProfileRequest(
      String charityNumber,
      String companyNumber,
      String address,
      String postcode,
      String website,
      java.util.Map<String, String> policies,
      Integer version) {}

  record ProfileJson(
      String organisation,
      String charityNumber,
      String companyNumber,
      String orgIdentifier,
      String address,
      String postcode,
      String website,
      java.util.Map<String, String> policies,
      int version) {

    static ProfileJson of(OrganisationProfile p) {
      OrganisationView o = p.organisation();
      java.util.Map<String, String> policies = new java.util.LinkedHashMap<>();
      p.policies()
          .forEach(policy -> policies.put(policy.kind().name(), policy.reviewedOn().toString()));
      return new ProfileJson(
          o.publicId(),
          o.charityNumber(),
          o.companyNumber(),
          o.orgIdentifier(),
          o.address(),
          o.postcode(),
          o.website(),
          policies,
          o.version());
    }
  }

  @ExceptionHandler(PossibleDuplicateException.class)
  ResponseEntity<ProblemDetail> duplicate(PossibleDuplicateException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Possible duplicate organisation");
    problem.setType(URI.create("https://commissioninghub.org/problems/organisation-duplicate"));
    problem.setProperty("code", "ORGANISATION-DUPLICATE");
    problem.setProperty("candidates", e.candidates());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  record OrganisationRequest(
      String publicId,
      String name,
      String type,
      Set<String> roles,
      String charityNumber,
      String companyNumber,
      String orgIdentifier,
      String address,
      String postcode,
      String website,
      List<String> aliases,
      boolean confirmNotDuplicate,
      Integer version) {

    /** The organisation to record, its shape checked. */
    OrganisationDetails toCommand() {
      return typed(publicId).toCommand();
    }

    /** The corrections to an organisation, its shape checked; its id is not changed here. */
    OrganisationDetails toCorrection() {
      return typed(null).toCommand();
    }

    private OrganisationCommand typed(String id) {
      return new OrganisationCommand(
          id,
          name,
          type,
          roles,
          charityNumber,
          companyNumber,
          orgIdentifier,
          address,
          postcode,
          website,
          aliases);
    }
  }

  record OrganisationJson(
      String id,
      String name,
      String type,
      Set<OrganisationRole> roles,
      String charityNumber,
      String companyNumber,
      String orgIdentifier,
      String address,
      String postcode,
      String website,
      List<String> aliases,
      int version) {

    static OrganisationJson of(OrganisationView o) {
      return new OrganisationJson(
          o.publicId(),
          o.name(),
          o.type().name(),
          o.roles(),
          o.charityNumber(),
          o.companyNumber(),
          o.orgIdentifier(),
          o.address(),
          o.postcode(),
          o.website(),
          o.aliases(),
          o.version());
    }
  }
}
