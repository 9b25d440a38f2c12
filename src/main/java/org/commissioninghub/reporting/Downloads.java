package org.commissioninghub.reporting;

import java.nio.charset.StandardCharsets;
import org.commissioninghub.audit.AuditLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A report as a file to download, recorded on the audit trail as an export. */
@Component
class Downloads {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final AuditLog audit;

  Downloads(AuditLog audit) {
    this.audit = audit;
  }

  ResponseEntity<byte[]> csv(byte[] body, String filename) {
    return file(body, CSV, filename);
  }

  ResponseEntity<byte[]> xlsx(byte[] body, String filename) {
    return file(body, XLSX, filename);
  }

  ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
    audit.recordExport(filename, type.toString());
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }
}
