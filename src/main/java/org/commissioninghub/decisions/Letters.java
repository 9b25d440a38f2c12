package org.commissioninghub.decisions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Letters filled in from plain-text templates in {@code resources/decisions/}, so the wording can
 * be changed without touching code. Placeholders look like {{organisation}}.
 */
@Component
class Letters {

  String fill(String template, Map<String, String> values) {
    String text = read(template);
    for (Map.Entry<String, String> entry : values.entrySet()) {
      text =
          text.replace(
              "{{" + entry.getKey() + "}}", entry.getValue() == null ? "" : entry.getValue());
    }
    if (text.contains("{{")) {
      throw new IllegalStateException(
          "The letter template " + template + " has a placeholder left unfilled");
    }
    return text;
  }

  private static String read(String template) {
    try (InputStream in =
        new ClassPathResource("decisions/" + template + ".txt").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
