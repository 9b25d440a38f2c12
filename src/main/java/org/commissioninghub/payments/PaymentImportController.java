package org.commissioninghub.payments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.FieldIds;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.Refusals;
import org.commissioninghub.shared.TextFiles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing actual payments from the finance system: upload a CSV, map its columns with a preview
 * of the first rows, then import. The file travels in the mapping form (base64), so nothing is
 * stored until the import is confirmed.
 */
@Controller
class PaymentImportController {

  private final Payments payments;
  private final Actors actors;

  PaymentImportController(Payments payments, Actors actors) {
    this.payments = payments;
    this.actors = actors;
  }

  @GetMapping("/payments/imports")
  String list(Model model) {
    model.addAttribute("imports", payments.imports());
    return "payments/imports";
  }

  @PostMapping("/payments/imports")
  String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
      throws IOException {
    byte[] bytes = file == null || file.isEmpty() ? new byte[0] : file.getBytes();
    String fileName = file == null ? null : file.getOriginalFilename();
    return Refusals.onPage(
        model,
        () -> {
          TextFiles.Decoded decoded = TextFiles.decode(bytes);
          ImportPreview preview = payments.preview(fileName, decoded.text());
          model.addAttribute("encodingNote", decoded.note());
          return mapping(preview, preview.suggested(), "EXPENDITURE", model);
        },
        () -> list(model));
  }

  @PostMapping("/payments/imports/confirm")
  String confirm(
      @RequestParam String fileName,
      @RequestParam String content,
      @RequestParam Map<String, String> params,
      @RequestParam(required = false) String paymentClass,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    String text = decodeOrNull(content);
    if (text == null) {
      FieldIds.show(
          model,
          List.of(new FieldProblem("file", "The uploaded file was damaged: upload it again")));
      return list(model);
    }
    Map<String, String> mapping = new LinkedHashMap<>();
    for (String field : FinanceImports.IMPORT_FIELDS) {
      String column = params.get("mapping." + field);
      if (column != null && !column.isBlank()) {
        mapping.put(field, column);
      }
    }
    ImportRequest request = new ImportRequest(fileName, text, mapping, paymentClass);
    return Refusals.onPage(
        model,
        () -> {
          ImportResult result = payments.importCsv(actors.of(auth), request.toCommand());
          redirect.addFlashAttribute("success", summary(result));
          return "redirect:/payments/imports";
        },
        () -> mapping(payments.preview(fileName, text), mapping, paymentClass, model));
  }

  /** The file the mapping form carried back, or null if its base64 was damaged on the way. */
  private static String decodeOrNull(String base64) {
    try {
      return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String summary(ImportResult r) {
    if (r.sameFileAsBefore()) {
      return r.fileName() + " was imported before: nothing changed";
    }
    if (r.added() == 0) {
      return "Every payment in "
          + r.fileName()
          + " was imported before ("
          + r.alreadyImported()
          + " rows): nothing changed";
    }
    return r.fileName()
        + ": "
        + r.added()
        + " payments imported, "
        + r.scheduledMatched()
        + " scheduled payments marked paid, "
        + r.alreadyImported()
        + " rows already imported before";
  }

  private String mapping(
      ImportPreview preview, Map<String, String> mapping, String paymentClass, Model model) {
    model.addAttribute("preview", preview);
    model.addAttribute(
        "encoded",
        Base64.getEncoder().encodeToString(preview.content().getBytes(StandardCharsets.UTF_8)));
    model.addAttribute("mapping", mapping);
    model.addAttribute("fields", FinanceImports.IMPORT_FIELDS);
    model.addAttribute("required", FinanceImports.REQUIRED_IMPORT_FIELDS);
    model.addAttribute("paymentClass", paymentClass == null ? "EXPENDITURE" : paymentClass);
    model.addAttribute("classes", PaymentClass.values());
    Map<String, String> labels = new LinkedHashMap<>();
    FinanceImports.IMPORT_FIELDS.forEach(f -> labels.put(f, label(f)));
    model.addAttribute("labels", labels);
    return "payments/import-map";
  }

  private static String label(String field) {
    String l = FinanceImports.label(field);
    return Character.toUpperCase(l.charAt(0)) + l.substring(1);
  }
}
