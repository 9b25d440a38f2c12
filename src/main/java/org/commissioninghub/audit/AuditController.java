package org.commissioninghub.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.commissioninghub.shared.CsvWriter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for auditors and administrators: search, verify, export as CSV. */
@Controller
class AuditController {

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/audit")
  String search(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String entityType,
      @RequestParam(required = false) String entityId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    AuditQuery query = query(actor, entityType, entityId, from, to, model);
    model.addAttribute("entries", audit.search(query, 500));
    model.addAttribute("query", query);
    return "audit/search";
  }

  @GetMapping("/audit/verify")
  String verify(Model model, java.security.Principal principal) {
    AuditVerification verification = audit.verify();
    if (verification.intact()) {
      // An intact trail is recorded as verified (when, by whom), so that auditors see when the
      // next verification is due; a tampered one is left as found.
      audit.recordFor(
          principal.getName(),
          AuditWork.VERIFIED,
          "audit",
          "trail",
          "intact: " + verification.entriesChecked() + " entries checked");
    }
    model.addAttribute("verification", verification);
    return "audit/verify";
  }

  @GetMapping("/audit.csv")
  void export(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String entityType,
      @RequestParam(required = false) String entityId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      java.security.Principal principal,
      HttpServletResponse response)
      throws IOException {
    AuditQuery query = query(actor, entityType, entityId, from, to, null);
    audit.recordFor(principal.getName(), "audit.exported", "audit", "trail", query.toString());
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
    PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
    CsvWriter csv =
        new CsvWriter(out)
            .row(
                "id",
                "occurred_at",
                "actor",
                "action",
                "entity_type",
                "entity_id",
                "details",
                "changes",
                "entry_hash");
    audit.export(
        query,
        e ->
            csv.row(
                String.valueOf(e.id()),
                e.occurredAt().toInstant().toString(),
                e.actor(),
                e.action(),
                e.entityType(),
                e.entityId(),
                e.details(),
                e.changes(),
                e.entryHash()));
    out.flush();
  }

  private static AuditQuery query(
      String actor, String entityType, String entityId, String from, String to, Model model) {
    return new AuditQuery(
        blank(actor),
        blank(entityType),
        blank(entityId),
        date(from, "from", model),
        date(to, "to", model));
  }

  private static LocalDate date(String text, String field, Model model) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      if (model != null) {
        model.addAttribute(field + "Error", "Enter the date like 2025-03-31");
      }
      return null;
    }
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
