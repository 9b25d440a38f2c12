package org.commissioninghub.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an uploaded text file. UTF-8 is expected, but a CSV saved by Excel on Windows is usually
 * Windows-1252, where "£" and "é" are single bytes that are not valid UTF-8. Such a file is read as
 * Windows-1252, which gives every byte a character, and says so, rather than showing replacement
 * characters in place of pound signs and names.
 */
public final class TextFiles {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextFiles() {}

  /**
   * The text, and a note for the user when it was not UTF-8 (null when it was).
   *
   * @param note what the user is told, or null for a UTF-8 file
   */
  public record Decoded(String text, String note) {}

  public static Decoded decode(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return new Decoded(text, null);
    } catch (CharacterCodingException e) {
      return new Decoded(
          new String(content, WINDOWS_1252),
          "The file is not UTF-8, so it was read as Windows-1252 (as Excel saves CSV files on"
              + " Windows). Check that names and £ signs look right in the preview below; if not,"
              + " save the file as \"CSV UTF-8\" and upload it again.");
    }
  }
}
