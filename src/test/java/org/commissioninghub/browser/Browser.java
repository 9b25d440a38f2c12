package org.commissioninghub.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its own ChromeDriver (never a downloaded one), with an
 * axe-core check of each page. Journeys of every feature use it.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

  private final WebDriver driver;
  private final String baseUrl;
  private final Path downloads;
  private final Path profile;
  private final String axe;
  private final List<String> accessibilityProblems = new ArrayList<>();

  public Browser(String baseUrl) throws IOException {
    this.baseUrl = baseUrl;
    this.downloads = Files.createTempDirectory("browser-downloads");
    this.profile = Files.createTempDirectory("browser-profile");
    this.axe = Files.readString(AXE, StandardCharsets.UTF_8);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1024",
        "--user-data-dir=" + profile);
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  public void signIn(String username, String password) {
    open("/login");
    checkAccessibility();
    type("username", username);
    type("password", password);
    driver.findElement(By.id("sign-in")).click();
  }

  public void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public String text(String css) {
    return find(css).getText();
  }

  public String title() {
    return driver.getTitle();
  }

  /** Clicks a download link and waits (at most 20 s) for the file to arrive. */
  public Path download(String css, String extension) throws Exception {
    find(css).click();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.list(downloads)) {
        Optional<Path> done = files.filter(f -> f.toString().endsWith(extension)).findFirst();
        if (done.isPresent()) {
          return done.get();
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No " + extension + " file was downloaded within 20 seconds");
  }

  /** Runs axe-core on the current page and keeps every serious or critical violation. */
  @SuppressWarnings("unchecked")
  public void checkAccessibility() {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axe);
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    for (Object violation : (List<Object>) result) {
      accessibilityProblems.add(driver.getCurrentUrl().replace(baseUrl, "") + ": " + violation);
    }
  }

  public List<String> accessibilityProblems() {
    return List.copyOf(accessibilityProblems);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
