package org.commissioninghub.reporting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One saved version of a report section's words. Paragraphs are separated by a blank line; lines
 * starting "- " make a bulleted list.
 */
public record Narrative(
    String section, int version, String body, String writtenBy, OffsetDateTime writtenAt) {

  private static final Pattern FIGURE =
      Pattern.compile("£\\s?\\d[\\d,]*(\\.\\d+)?|\\b\\d{1,3}(,\\d{3})+\\b|\\b\\d+(\\.\\d+)?%");

  public List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    for (String chunk : body.replace("\r\n", "\n").split("\n\\s*\n")) {
      List<String> lines = chunk.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      if (lines.isEmpty()) {
        continue;
      }
      if (lines.stream().allMatch(l -> l.startsWith("- "))) {
        blocks.add(new Block(true, lines.stream().map(l -> l.substring(2).strip()).toList()));
      } else {
        blocks.add(new Block(false, List.of(String.join(" ", lines))));
      }
    }
    return blocks;
  }

  /**
   * Figures typed into the words rather than computed from the records; the editor is warned,
   * because such a figure will not change when the records do.
   */
  public static List<String> typedFigures(String body) {
    List<String> found = new ArrayList<>();
    var m = FIGURE.matcher(body == null ? "" : body);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** A paragraph (one item) or a bulleted list. */
  public record Block(boolean list, List<String> items) {}
}
