package org.commissioninghub.crimereduction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.commissioninghub.identity.Actors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
    name = "Crime Reduction Grant",
    description = "Each CSP's allocation, its upfront and tactical pots, and underspend")
class CrimeReductionApiController {

  private final CrimeReductionGrants grants;
  private final Actors actors;

  CrimeReductionApiController(CrimeReductionGrants grants, Actors actors) {
    this.grants = grants;
    this.actors = actors;
  }

  @GetMapping("/api/v1/crime-reduction")
  @Operation(summary = "Allocations you may see (a CSP lead sees their own)")
  List<AllocationView> list(Authentication auth) {
    return grants.list(actors.of(auth));
  }

  @GetMapping("/api/v1/crime-reduction/{id}")
  @Operation(summary = "One allocation with its pots, approvals and underspend")
  AllocationView get(@PathVariable long id, Authentication auth) {
    return grants.get(actors.of(auth), id);
  }

  @PostMapping("/api/v1/crime-reduction")
  @Operation(
      summary =
          "Allocate a year's grant to a CSP: split into upfront (two thirds, rounded down to whole"
              + " pounds) and tactical (the rest), each run as a round")
  ResponseEntity<AllocationView> allocate(
      @RequestBody AllocationRequest request, Authentication auth) {
    AllocationView created = grants.allocate(actors.of(auth), request.toCommand());
    return ResponseEntity.created(URI.create("/api/v1/crime-reduction/" + created.id()))
        .body(created);
  }

  @PostMapping("/api/v1/crime-reduction/{id}/close")
  @Operation(summary = "Close the year once every case is decided; records the underspend")
  AllocationView close(@PathVariable long id, Authentication auth) {
    return grants.close(actors.of(auth), id);
  }
}
