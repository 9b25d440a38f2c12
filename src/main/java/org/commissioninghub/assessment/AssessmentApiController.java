package org.commissioninghub.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.commissioninghub.applications.ApplicationJson;
import org.commissioninghub.identity.Actors;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
    name = "Assessment",
    description = "Screening, assessors, conflicts of interest, scores and moderation")
class AssessmentApiController {

  private final Assessments assessments;
  private final Actors actors;

  AssessmentApiController(Assessments assessments, Actors actors) {
    this.assessments = assessments;
    this.actors = actors;
  }

  @PostMapping("/api/v1/applications/{reference}/screening")
  @Operation(summary = "Screen a submitted application in or out, with the reason")
  ApplicationJson screen(
      @PathVariable String reference, @RequestBody ScreeningJson body, Authentication auth) {
    return ApplicationJson.of(
        assessments.screen(actors.of(auth), reference, body.eligible(), body.reason()));
  }

  @PostMapping("/api/v1/applications/{reference}/assignments")
  @Operation(summary = "Assign an assessor to an application that has passed screening")
  AssignmentView assign(
      @PathVariable String reference, @RequestBody AssignJson body, Authentication auth) {
    return assessments.assign(actors.of(auth), reference, body.assessor());
  }

  @GetMapping("/api/v1/assessments")
  @Operation(summary = "Your assignments as an assessor")
  List<AssignmentView> mine(Authentication auth) {
    return assessments.assignedTo(actors.of(auth));
  }

  @PostMapping("/api/v1/applications/{reference}/assessment/declaration")
  @Operation(
      summary =
          "Declare whether you have a conflict of interest; a conflict ends your part in this"
              + " application and is kept in the register")
  AssignmentView declare(
      @PathVariable String reference, @RequestBody DeclarationJson body, Authentication auth) {
    return assessments.declare(actors.of(auth), reference, body.conflict(), body.nature());
  }

  @PutMapping("/api/v1/applications/{reference}/assessment/scores")
  @Operation(summary = "Save scores with comments; complete=true submits them")
  AssignmentView score(
      @PathVariable String reference, @RequestBody ScoresJson body, Authentication auth) {
    return assessments.score(
        actors.of(auth),
        reference,
        body.scores() == null ? List.of() : body.scores(),
        body.overallComment(),
        body.complete());
  }

  @GetMapping("/api/v1/rounds/{id}/moderation")
  @Operation(
      summary = "Ranked applications with each assessor's scores, spread and outliers vs budget")
  Moderation moderation(@PathVariable String id) {
    return assessments.moderation(id);
  }

  @GetMapping("/api/v1/conflicts")
  @Operation(summary = "The conflicts of interest register")
  List<ConflictDeclaration> conflicts() {
    return assessments.conflictsRegister();
  }

  record ScreeningJson(boolean eligible, String reason) {}

  record AssignJson(String assessor) {}

  record DeclarationJson(boolean conflict, String nature) {}

  record ScoresJson(List<ScoreInput> scores, String overallComment, boolean complete) {}
}
