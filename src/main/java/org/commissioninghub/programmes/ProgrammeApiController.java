package org.commissioninghub.programmes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
    name = "Programmes and rounds",
    description =
        "Funds with their rules, questions, criteria and approval chains; the rounds they open")
class ProgrammeApiController {

  private final Programmes programmes;
  private final Clock clock;

  ProgrammeApiController(Programmes programmes, Clock clock) {
    this.programmes = programmes;
    this.clock = clock;
  }

  @GetMapping("/api/v1/programmes")
  @Operation(summary = "Every programme with its rules")
  List<ProgrammeView> list() {
    return programmes.programmes();
  }

  @GetMapping("/api/v1/programmes/{id}")
  @Operation(summary = "One programme")
  ProgrammeView get(@PathVariable String id) {
    return programmes.programme(id);
  }

  @PostMapping("/api/v1/programmes")
  @Operation(
      summary =
          "Set up a programme: streams, maximum per year and years, eligible types, criteria,"
              + " questions and approval steps; all or nothing")
  ResponseEntity<ProgrammeView> create(@RequestBody ProgrammeCommand command) {
    ProgrammeView created = programmes.createProgramme(command.toCommand());
    return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.publicId()))
        .body(created);
  }

  @GetMapping("/api/v1/rounds")
  @Operation(summary = "Every round, latest closing first")
  List<RoundJson> rounds() {
    return programmes.rounds().stream().map(RoundJson::of).toList();
  }

  @GetMapping("/api/v1/rounds/{id}")
  @Operation(summary = "One round")
  RoundJson round(@PathVariable String id) {
    return RoundJson.of(programmes.round(id));
  }

  @PostMapping("/api/v1/rounds")
  @Operation(
      summary =
          "Open a round: UK local opening and closing times like 2018-09-11T17:00, a budget and"
              + " a reference prefix")
  ResponseEntity<RoundJson> createRound(@RequestBody RoundCommand command) {
    RoundView created = programmes.createRound(command.toCommand());
    return ResponseEntity.created(URI.create("/api/v1/rounds/" + created.publicId()))
        .body(RoundJson.of(created));
  }

  @GetMapping("/api/v1/public/rounds")
  @Operation(summary = "The public advert: rounds open now or still to open")
  List<RoundJson> advertised() {
    return programmes.advertised(clock.instant()).stream().map(RoundJson::of).toList();
  }

  /** A round as the API shows it: times with their UK offset, money as plain decimals. */
  record RoundJson(
      String id,
      String programme,
      String programmeName,
      String name,
      String referencePrefix,
      OffsetDateTime opens,
      OffsetDateTime closes,
      String budget,
      String firstYear,
      String maxPerYear,
      int maxYears,
      String advert,
      String opensAfterRound,
      List<String> requiredPolicies) {

    static RoundJson of(RoundView r) {
      return new RoundJson(
          r.publicId(),
          r.programme().publicId(),
          r.programme().name(),
          r.name(),
          r.referencePrefix(),
          r.window().opens().toOffsetDateTime(),
          r.window().closes().toOffsetDateTime(),
          r.budget().plain(),
          r.firstYear().toString(),
          r.programme().maxPerYear().plain(),
          r.programme().maxYears(),
          r.advert(),
          r.opensAfterRoundPublicId(),
          r.programme().requiredPolicies().stream().map(Enum::name).sorted().toList());
    }
  }
}
