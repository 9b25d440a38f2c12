package org.commissioninghub.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the zero-setup default, loads the demo on first start and tells a newcomer where to go and how
 * to sign in. With the argument --load-demo it loads the demo into whatever database is configured
 * and exits.
 */
@Component
class DemoStartup {

  private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

  private final DemoData demo;
  private final ApplicationArguments arguments;
  private final ConfigurableApplicationContext context;
  private final boolean loadOnStart;
  private final String publicUrl;

  DemoStartup(
      DemoData demo,
      ApplicationArguments arguments,
      ConfigurableApplicationContext context,
      @Value("${commissioning.demo.load-on-start}") boolean loadOnStart,
      @Value("${commissioning.public-url}") String publicUrl) {
    this.demo = demo;
    this.arguments = arguments;
    this.context = context;
    this.loadOnStart = loadOnStart;
    this.publicUrl = publicUrl;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    if (arguments.containsOption("load-demo")) {
      int code = loadAndReport() ? 0 : 1;
      System.exit(SpringApplication.exit(context, () -> code));
      return;
    }
    List<String> users = List.of();
    if (loadOnStart) {
      users = demo.alreadyLoaded() ? demo.usernames() : demo.load().users();
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
      log.info("Loaded: {}", demo.load());
      return true;
    } catch (RuntimeException e) {
      log.error("The demo data was not loaded and nothing was changed: {}", e.getMessage());
      return false;
    }
  }
}
