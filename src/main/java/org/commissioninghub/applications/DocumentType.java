package org.commissioninghub.applications;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of document an applicant may upload, recognised from the bytes themselves, never from
 * the name or the browser's claim: a renamed executable is refused whatever it is called.
 */
enum DocumentType {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  ODT("application/vnd.oasis.opendocument.text", "odt"),
  LEGACY_OFFICE("application/x-ole-storage", "doc", "xls"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg", "jpeg"),
  TEXT("text/plain", "txt", "csv");

  static final String ALLOWED =
      "PDF, Word (.docx or .doc), Excel (.xlsx or .xls), ODT, PNG, JPEG, plain text or CSV";

  private final String contentType;
  private final String[] extensions;

  DocumentType(String contentType, String... extensions) {
    this.contentType = contentType;
    this.extensions = extensions;
  }

  String contentType() {
    return contentType;
  }

  boolean matchesName(String fileName) {
    String lower = fileName.toLowerCase(Locale.UK);
    for (String extension : extensions) {
      if (lower.endsWith("." + extension)) {
        return true;
      }
    }
    return false;
  }

  /** The type the bytes are, or null when they are none we accept. */
  static DocumentType sniff(byte[] content) {
    if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return PDF;
    }
    if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
      return PNG;
    }
    if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return JPEG;
    }
    if (startsWith(
        content,
        new byte[] {
          (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        })) {
      return LEGACY_OFFICE;
    }
    if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
      return isWholeZip(content) ? zipped(content) : null;
    }
    return isPlainText(content) ? TEXT : null;
  }

  /**
   * A zip ends with its directory (the end record, "PK" 5 6, in its last 65,557 bytes); a file cut
   * short in the upload has none and would not open, so it is refused now rather than found broken
   * by an assessor later. The archive is never unzipped here.
   */
  private static boolean isWholeZip(byte[] content) {
    int stop = Math.max(0, content.length - 65_557);
    for (int i = content.length - 22; i >= stop; i--) {
      if (content[i] == 'P'
          && content[i + 1] == 'K'
          && content[i + 2] == 5
          && content[i + 3] == 6) {
        return true;
      }
    }
    return false;
  }

  /** Office Open XML and OpenDocument files are zip archives told apart by the names inside. */
  private static DocumentType zipped(byte[] content) {
    String head =
        new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
    if (head.contains("mimetypeapplication/vnd.oasis.opendocument.text")) {
      return ODT;
    }
    if (head.contains("word/")) {
      return DOCX;
    }
    if (head.contains("xl/")) {
      return XLSX;
    }
    return null;
  }

  private static boolean isPlainText(byte[] content) {
    if (content.length == 0) {
      return false;
    }
    for (byte b : content) {
      if (b == 0) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
