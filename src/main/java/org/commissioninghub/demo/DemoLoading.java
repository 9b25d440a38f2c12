package org.commissioninghub.demo;

import java.util.List;
import java.util.Locale;

/**
 * Whether the demo loads at start-up. Left unset, only on the embedded H2 database (the zero-setup
 * default), so an empty production database never gets demo sign-ins with a known password; on any
 * other database only when {@code commissioning.demo.load-on-start=true} is set explicitly.
 */
record DemoLoading(String setting, String databaseUrl) {

  DemoLoading {
    setting = setting == null ? "" : setting.trim();
    databaseUrl = databaseUrl == null ? "" : databaseUrl.trim();
    if (!setting.isEmpty()
        && !setting.equalsIgnoreCase("true")
        && !setting.equalsIgnoreCase("false")) {
      throw new IllegalArgumentException(
          "commissioning.demo.load-on-start must be true, false or left unset, not " + setting);
    }
  }

  boolean onStart() {
    return setting.isEmpty() ? isEmbeddedDatabase() : Boolean.parseBoolean(setting);
  }

  /** H2 in this process (a file or memory database), not an H2 server reached over the network. */
  boolean isEmbeddedDatabase() {
    String url = databaseUrl.toLowerCase(Locale.ROOT);
    return url.startsWith("jdbc:h2:")
        && !url.startsWith("jdbc:h2:tcp:")
        && !url.startsWith("jdbc:h2:ssl:");
  }

  /** The database named without its parameters, which may hold a password. */
  String databaseName() {
    int parameters = databaseUrl.indexOf('?');
    return parameters < 0 ? databaseUrl : databaseUrl.substring(0, parameters);
  }

  String warning(List<String> users) {
    String line = "*".repeat(78);
    return "\n"
        + line
        + "\n  DEMO DATA IN "
        + databaseName()
        + "\n  This database holds the Kent demo data and demo sign-ins, each with the password"
        + " \"demo\":\n  "
        + String.join(", ", users)
        + "\n  Never use this database for real commissioning. To stop loading the demo, leave"
        + "\n  commissioning.demo.load-on-start unset (or false) and do not pass --load-demo.\n"
        + line;
  }
}
