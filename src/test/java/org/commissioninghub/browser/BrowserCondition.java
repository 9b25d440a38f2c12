package org.commissioninghub.browser;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

class BrowserCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(Browser.CHROMIUM)) {
      missing.add(Browser.CHROMIUM + " (apt-get install chromium)");
    }
    if (!Files.isExecutable(Browser.CHROMEDRIVER)) {
      missing.add(Browser.CHROMEDRIVER + " (apt-get install chromium-driver)");
    }
    if (!Files.isReadable(Browser.AXE)) {
      missing.add(Browser.AXE + " (npm ci --prefix src/test/browser)");
    }
    if (missing.isEmpty()) {
      return ConditionEvaluationResult.enabled("Chromium, ChromeDriver and axe-core are installed");
    }
    String message = "Browser tests need " + String.join(", ", missing);
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("Under CI the browser tests must run. " + message);
    }
    return ConditionEvaluationResult.disabled("Browser tests skipped. " + message);
  }
}
