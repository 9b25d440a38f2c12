package org.commissioninghub.priorities;

import java.util.List;
import org.commissioninghub.identity.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Plan versions as JSON: every version, and recording a new one (officers). */
@RestController
class PrioritiesApiController {

  private final Priorities priorities;
  private final Actors actors;

  PrioritiesApiController(Priorities priorities, Actors actors) {
    this.priorities = priorities;
    this.actors = actors;
  }

  @GetMapping("/api/v1/priorities/plans")
  List<PlanView> plans() {
    return priorities.plans();
  }

  @PostMapping("/api/v1/priorities/plans")
  ResponseEntity<PlanView> record(@RequestBody PlanRequest request, Authentication auth) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(priorities.recordPlan(actors.of(auth), request.toCommand()));
  }
}
