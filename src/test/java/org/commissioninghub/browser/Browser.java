package org.commissioninghub.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
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
 * Debian's headless Chromium driven through Debian's ChromeDriver, with an axe-core check of each
 * page. Journeys of every feature use it; put {@link RequiresBrowser} on their test class.
 *
 * <p>Both executables are given by path so that Selenium Manager never tries to download a browser
 * or driver: the machines that run the tests cannot reach the internet.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

  /** The WCAG 2.2 AA rule set; axe-core's tags are cumulative per version and level. */
  private static final String AXE_RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
        .then(r => done(r.violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
            + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')
            + (v.nodes.length > 3 ? ' and ' + (v.nodes.length - 3) + ' more' : ''))))
        .catch(e => done(['axe-core failed to run: ' + e]));
      """;

  private static final Duration DOWNLOAD_WAIT = Duration.ofSeconds(20);

  /**
   * Chromium sessions given back by closed {@link Browser}s, reused by the next one: starting
   * Chromium costs about a second, and the journeys open dozens. A session is reused only after
   * every cookie of every site is cleared (so nobody is signed in), its page is blank and its
   * download folder empty; one that cannot be reset is closed instead. Idle sessions are closed
   * when the test JVM exits.
   */
  private static final Deque<Session> IDLE = new ArrayDeque<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  synchronized (IDLE) {
                    IDLE.forEach(Session::quit);
                    IDLE.clear();
                  }
                }));
  }

  /** One Chromium with its own profile and download folders. */
  private record Session(WebDriver driver, Path profile, Path downloads) {

    static Session start() throws IOException {
      Path downloads = Files.createTempDirectory("browser-downloads");
      Path profile = Files.createTempDirectory("browser-profile");
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
      ChromeDriver driver;
      try {
        driver = new ChromeDriver(service, options);
      } catch (RuntimeException e) {
        deleteQuietly(profile);
        deleteQuietly(downloads);
        throw e;
      }
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      return new Session(driver, profile, downloads);
    }

    /** Signed out of everything, on a blank page, with no downloads; false if that failed. */
    boolean reset() {
      try {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.get("about:blank");
        try (Stream<Path> files = Files.list(downloads)) {
          for (Path f : files.toList()) {
            Files.delete(f);
          }
        }
        return true;
      } catch (RuntimeException | IOException e) {
        return false;
      }
    }

    void quit() {
      try {
        driver.quit();
      } finally {
        deleteQuietly(profile);
        deleteQuietly(downloads);
      }
    }
  }

  private final String baseUrl;
  private final String axe;
  private final Session session;
  private final WebDriver driver;
  private final Path downloads;
  private final List<String> accessibilityProblems = new ArrayList<>();
  private final List<String> pagesChecked = new ArrayList<>();

  /** A browser with nobody signed in: an idle Chromium session if there is one, else a new one. */
  public Browser(String baseUrl) throws IOException {
    this.baseUrl = baseUrl;
    this.axe = Files.readString(AXE, StandardCharsets.UTF_8);
    Session idle;
    synchronized (IDLE) {
      idle = IDLE.poll();
    }
    this.session = idle != null ? idle : Session.start();
    this.driver = session.driver();
    this.downloads = session.downloads();
  }

  /** Opens a path of the application under test, such as {@code /awards?year=2024/25}. */
  public void open(String path) {
    driver.get(baseUrl + path);
  }

  /** Signs in through the login page, checking that page's accessibility on the way. */
  public void signIn(String username, String password) {
    open("/login");
    checkAccessibility();
    type("username", username);
    type("password", password);
    clickAndWait("#sign-in");
  }

  /**
   * Clicks a button or link that loads a new page and waits, at most 30 seconds, until the old page
   * has gone. Without the wait the next step can race the navigation: reading the old page, or
   * opening another path before a sign-in's response has set the session.
   */
  public void clickAndWait(String css) {
    clickAndWait(By.cssSelector(css));
  }

  public void clickAndWait(By target) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(target).click();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        page.isEnabled();
      } catch (org.openqa.selenium.StaleElementReferenceException gone) {
        waitForLoad();
        return;
      }
      sleep(50);
    }
    throw new AssertionError("Clicking " + target + " did not load a new page within 30 s");
  }

  private void waitForLoad() {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline
        && !"complete".equals(execute("return document.readyState"))) {
      sleep(50);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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

  /** The path (and query) of the current page, without the base URL. */
  public String currentPath() {
    return driver.getCurrentUrl().replace(baseUrl, "");
  }

  /** Runs a script in the current page and returns its result. */
  public Object execute(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** For what this class does not wrap; prefer adding a small method here that others can reuse. */
  public WebDriver driver() {
    return driver;
  }

  /**
   * Clicks a download link and waits, at most 20 seconds, for a file with the extension to arrive.
   * Chromium usually writes to a {@code .crdownload} file and renames it when complete, but it can
   * also create the named file empty first and fill it; so a download counts as finished when no
   * {@code .crdownload} file is left and the named file has content.
   */
  public Path download(String css, String extension) throws IOException, InterruptedException {
    find(css).click();
    long deadline = System.nanoTime() + DOWNLOAD_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Path> done = downloaded(extension);
      if (done.isPresent()) {
        return done.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "No " + extension + " file was downloaded within " + DOWNLOAD_WAIT.toSeconds() + " s");
  }

  private Optional<Path> downloaded(String extension) throws IOException {
    try (Stream<Path> files = Files.list(downloads)) {
      List<Path> all = files.toList();
      if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
        return Optional.empty();
      }
      for (Path f : all) {
        if (f.getFileName().toString().endsWith(extension) && Files.size(f) > 0) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Runs axe-core (WCAG 2.2 AA rules) on the current page and keeps every serious or critical
   * violation, so that one report can list the problems of every page visited.
   */
  public void checkAccessibility() {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axe);
    Object result = js.executeAsyncScript(AXE_RUN);
    String page = currentPath();
    pagesChecked.add(page);
    if (result instanceof List<?> violations) {
      violations.forEach(v -> accessibilityProblems.add(page + ": " + v));
    } else {
      accessibilityProblems.add(page + ": axe-core returned " + result);
    }
  }

  public List<String> accessibilityProblems() {
    return List.copyOf(accessibilityProblems);
  }

  public List<String> pagesChecked() {
    return List.copyOf(pagesChecked);
  }

  /** Fails, listing every serious or critical violation of every page checked so far. */
  public void assertAccessible() {
    if (!accessibilityProblems.isEmpty()) {
      throw new AssertionError(
          accessibilityProblems.size()
              + " serious or critical accessibility violations (axe-core, WCAG 2.2 AA) on "
              + pagesChecked.size()
              + " pages checked:\n  "
              + String.join("\n  ", accessibilityProblems));
    }
  }

  /** Gives the Chromium session back for the next browser, reset, or closes it. */
  @Override
  public void close() {
    if (session.reset()) {
      synchronized (IDLE) {
        IDLE.push(session);
      }
    } else {
      session.quit();
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(Browser::delete);
    } catch (IOException | UncheckedIOException e) {
      // A temporary folder left behind is harmless; it must not hide the test's own outcome.
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
