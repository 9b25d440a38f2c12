package org.commissioninghub.organisations;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Decides when two organisation names are near enough to ask a person. It never merges: "Choice
 * Support" and "Choices Support" are flagged, "Rising Sun and Choices" and "Choice Support" are
 * not.
 */
final class NameMatching {

  private static final Set<String> NOISE =
      Set.of("the", "ltd", "limited", "cic", "cio", "plc", "llp");

  private NameMatching() {}

  /** Lower case, no accents or punctuation, "&" as "and", legal-form words dropped. */
  static String key(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.UK)
            .replace("&", " and ")
            .replaceAll("['’]", "")
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
    StringBuilder key = new StringBuilder();
    for (String word : plain.split(" ")) {
      if (!word.isEmpty() && !NOISE.contains(word)) {
        key.append(key.isEmpty() ? "" : " ").append(word);
      }
    }
    return key.toString();
  }

  static boolean nearlySame(String keyA, String keyB) {
    if (keyA.equals(keyB)) {
      return true;
    }
    int shorter = Math.min(keyA.length(), keyB.length());
    int allowed = shorter >= 12 ? 2 : shorter >= 6 ? 1 : 0;
    return allowed > 0
        && Math.abs(keyA.length() - keyB.length()) <= allowed
        && distance(keyA, keyB) <= allowed;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
