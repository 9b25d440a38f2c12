package org.commissioninghub.browser;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The condition behind {@link RequiresBrowser}. */
class BrowserCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(Browser.CHROMIUM)) {
      missing.add(Browser.CHROMIUM + " (apt-get install chromium chromium-driver)");
    }
    if (!Files.isExecutable(Browser.CHROMEDRIVER)) {
      missing.add(Browser.CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
    }
    if (!Files.isReadable(Browser.AXE)) {
      missing.add(Browser.AXE.toAbsolutePath() + " (npm ci --prefix src/test/browser)");
    }
    if (missing.isEmpty()) {
      return ConditionEvaluationResult.enabled("Chromium, ChromeDriver and axe-core are installed");
    }
    String message = "Browser tests need what is missing: " + String.join("; ", missing) + ".";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI=true, so browser tests must run rather than be skipped. " + message);
    }
    String reason = "Browser tests skipped (with CI=true they would fail). " + message;
    if (context.getTestMethod().isEmpty()) {
      // Surefire's console shows only a count of skipped tests; say once per class why.
      System.err.println(context.getDisplayName() + ": " + reason);
    }
    return ConditionEvaluationResult.disabled(reason);
  }
}
