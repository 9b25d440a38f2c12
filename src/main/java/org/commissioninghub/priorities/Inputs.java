package org.commissioninghub.priorities;

/** How the feature's edge records read optional text: blank is absent, the rest is stripped. */
final class Inputs {

  private Inputs() {}

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  static String trim(String text) {
    return blank(text) ? null : text.strip();
  }
}
