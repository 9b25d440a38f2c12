package org.commissioninghub.applications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(
    name = "Applications",
    description =
        "Apply to a round: eligibility, draft, documents, submission before the deadline, withdrawal")
class ApplicationApiController {

  private final Applications applications;
  private final Actors actors;

  ApplicationApiController(Applications applications, Actors actors) {
    this.applications = applications;
    this.actors = actors;
  }

  @PostMapping("/api/v1/applications")
  @Operation(
      summary =
          "Start an application: answers to the eligibility questions come first; a provider user"
              + " always applies for their own organisation")
  ResponseEntity<ApplicationJson> start(@RequestBody NewApplication command, Authentication auth) {
    ApplicationView created = applications.start(actors.of(auth), command.toCommand());
    return ResponseEntity.created(URI.create("/api/v1/applications/" + created.reference()))
        .body(ApplicationJson.of(created));
  }

  @GetMapping("/api/v1/applications")
  @Operation(summary = "The applications you may see: a provider's own, or all for staff")
  List<ApplicationJson> list(Authentication auth) {
    return applications.visibleTo(actors.of(auth)).stream().map(ApplicationJson::of).toList();
  }

  @GetMapping("/api/v1/applications/{reference}")
  @Operation(summary = "One application")
  ApplicationJson get(@PathVariable String reference, Authentication auth) {
    return ApplicationJson.of(applications.get(actors.of(auth), reference));
  }

  @PutMapping("/api/v1/applications/{reference}")
  @Operation(
      summary =
          "Save a draft; fields left out are kept; amounts per year as text like \"£10,000\";"
              + " version must match")
  ApplicationJson save(
      @PathVariable String reference,
      @RequestParam int version,
      @RequestBody ApplicationDraft draft,
      Authentication auth) {
    return ApplicationJson.of(
        applications.save(
            actors.of(auth),
            reference,
            version,
            draft.toCommand(applications.get(actors.of(auth), reference).round().programme())));
  }

  @PostMapping(
      path = "/api/v1/applications/{reference}/documents",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Upload a document; its type is recognised from its content and its size checked"
              + " against the programme's limit")
  ResponseEntity<ApplicationJson.DocumentJson> upload(
      @PathVariable String reference,
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = "question", required = false) String question,
      Authentication auth)
      throws IOException {
    if (file == null) {
      throw InvalidInputException.of("DOCUMENT-1", "file", "Choose a file to upload");
    }
    ApplicationView.DocumentView d =
        applications.upload(
            actors.of(auth), reference, question, file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.created(
            URI.create("/api/v1/applications/" + reference + "/documents/" + d.id()))
        .body(
            new ApplicationJson.DocumentJson(
                d.id(), d.questionKey(), d.fileName(), d.contentType(), d.sizeBytes(), d.sha256()));
  }

  @GetMapping("/api/v1/applications/{reference}/documents/{id}")
  @Operation(summary = "Download a document (always as an attachment, never shown inline)")
  ResponseEntity<byte[]> download(
      @PathVariable String reference, @PathVariable long id, Authentication auth) {
    return DocumentResponses.attachment(applications.document(actors.of(auth), reference, id));
  }

  @DeleteMapping("/api/v1/applications/{reference}/documents/{id}")
  @Operation(summary = "Remove a document from a draft")
  ApplicationJson removeDocument(
      @PathVariable String reference, @PathVariable long id, Authentication auth) {
    return ApplicationJson.of(applications.removeDocument(actors.of(auth), reference, id));
  }

  @PostMapping("/api/v1/applications/{reference}/submit")
  @Operation(
      summary =
          "Submit before the deadline (checked on the server); the reply comes only once the"
              + " submission is stored, and a receipt is emailed")
  ApplicationJson submit(@PathVariable String reference, Authentication auth) {
    return ApplicationJson.of(applications.submit(actors.of(auth), reference));
  }

  @PostMapping("/api/v1/applications/{reference}/withdraw")
  @Operation(summary = "Withdraw an application that has not yet been decided")
  ApplicationJson withdraw(
      @PathVariable String reference,
      @RequestBody(required = false) WithdrawJson body,
      Authentication auth) {
    return ApplicationJson.of(
        applications.withdraw(actors.of(auth), reference, body == null ? null : body.reason()));
  }

  record WithdrawJson(String reason) {}

  /** Documents go out as downloads only, typed as recognised on upload. */
  static final class DocumentResponses {
    private DocumentResponses() {}

    static ResponseEntity<byte[]> attachment(DocumentContent document) {
      return ResponseEntity.ok()
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment()
                  .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                  .build()
                  .toString())
          .header("X-Content-Type-Options", "nosniff")
          .header("Content-Security-Policy", "sandbox")
          .contentType(MediaType.parseMediaType(document.contentType()))
          .body(document.content());
    }
  }
}
