package org.commissioninghub.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.commissioninghub.shared.Problems;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Length and a list of common passwords, as NCSC and NIST advise, rather than composition rules
 * that push people to predictable substitutions.
 */
@Component
class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 128;

  private final Set<String> common;

  PasswordPolicy() throws IOException {
    try (InputStream in = new ClassPathResource("identity/common-passwords.txt").getInputStream()) {
      common =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .map(String::strip)
              .collect(Collectors.toUnmodifiableSet());
    }
  }

  void check(String password, String confirmation, String username, Problems problems) {
    if (password == null || password.length() < MIN_LENGTH) {
      problems.add(
          "password",
          "Use at least " + MIN_LENGTH + " characters: a few unrelated words are easy to remember");
    } else if (password.length() > MAX_LENGTH) {
      problems.add("password", "Use " + MAX_LENGTH + " characters or fewer");
    } else if (isCommon(password, username)) {
      problems.add(
          "password", "This password is too common or too close to your username: choose another");
    }
    if (password != null && !password.equals(confirmation)) {
      problems.add("confirmation", "The two passwords do not match");
    }
  }

  private boolean isCommon(String password, String username) {
    String lower = password.toLowerCase(Locale.UK);
    String stripped = lower.replaceAll("[0-9!?.]+$", "");
    return common.contains(lower)
        || common.contains(stripped)
        || (username != null
            && lower.contains(username.toLowerCase(Locale.UK).replaceAll("@.*", "")))
        || lower.chars().distinct().count() < 4;
  }
}
