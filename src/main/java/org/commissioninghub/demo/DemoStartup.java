package org.commissioninghub.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo (when {@link DemoLoading} says so) and tells a newcomer where to go and how to
 * sign in. With the argument --load-demo it loads the demo into whatever database is configured and
 * exits.
 *
 * <p>The load runs as a lifecycle step in the phase before the web server's, so the port opens only
 * once the demo is in: a sign-in can never race the load (it used to record correct passwords as
 * failures on PostgreSQL, and time out on the audit chain lock on H2).
 */
@Component
class DemoStartup implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

  private final DemoData demo;
  private final ApplicationArguments arguments;
  private final ConfigurableApplicationContext context;
  private final DemoLoading loading;
  private final String publicUrl;
  private volatile boolean running;
  private volatile List<String> users = List.of();
  private volatile int loadDemoExitCode;

  DemoStartup(
      DemoData demo,
      ApplicationArguments arguments,
      ConfigurableApplicationContext context,
      @Value("${commissioning.demo.load-on-start:}") String loadOnStart,
      @Value("${spring.datasource.url:}") String databaseUrl,
      @Value("${commissioning.public-url}") String publicUrl) {
    this.demo = demo;
    this.arguments = arguments;
    this.context = context;
    this.loading = new DemoLoading(loadOnStart, databaseUrl);
    this.publicUrl = publicUrl;
  }

  @Override
  public void start() {
    running = true;
    if (arguments.containsOption("load-demo")) {
      loadDemoExitCode = loadAndReport() ? 0 : 1;
      return;
    }
    if (loading.onStart()) {
      users = demo.alreadyLoaded() ? demo.usernames() : demo.load().users();
      if (!loading.isEmbeddedDatabase()) {
        log.warn(loading.warning(users));
      }
    }
  }

  /** Just before the web server starts, so nothing is served until the demo is loaded. */
  @Override
  public int getPhase() {
    return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    if (arguments.containsOption("load-demo")) {
      int code = loadDemoExitCode;
      System.exit(SpringApplication.exit(context, () -> code));
      return;
    }
    StringBuilder banner =
        new StringBuilder("\n\n  Commissioning Hub is running at " + address() + "\n");
    if (!users.isEmpty()) {
      banner
          .append("  Demo sign-ins (password \"demo\" for each): ")
          .append(String.join(", ", users))
          .append('\n');
    }
    log.info(banner.toString());
  }

  /** The configured public address, or where this instance actually listens when on localhost. */
  private String address() {
    String port = context.getEnvironment().getProperty("local.server.port");
    return port != null && publicUrl.startsWith("http://localhost:")
        ? "http://localhost:" + port
        : publicUrl;
  }

  private boolean loadAndReport() {
    if (demo.alreadyLoaded()) {
      log.error(
          "The database already holds organisations; the demo is only loaded into an empty database.");
      return false;
    }
    try {
      List<String> loaded = demo.load().users();
      log.warn(loading.warning(loaded));
      return true;
    } catch (RuntimeException e) {
      log.error("The demo data was not loaded and nothing was changed: {}", e.getMessage());
      return false;
    }
  }
}
