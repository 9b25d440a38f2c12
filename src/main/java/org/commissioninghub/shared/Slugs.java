package org.commissioninghub.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Readable public ids made from names, e.g. "Look Ahead" → "look-ahead". */
public final class Slugs {

  private Slugs() {}

  public static String of(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.UK);
    String slug =
        ascii.replace("&", " and ").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-$", "");
    }
    return slug.isEmpty() ? "item" : slug;
  }
}
