package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commissioninghub.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Two instances of the application on one database serve the same signed-in user. */
class SharedSessionTest {

  private static final String DB =
      "jdbc:h2:mem:shared-sessions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @Test
  void aSessionStartedOnOneInstanceIsSignedInOnTheOther() throws Exception {
    try (ConfigurableApplicationContext first = start();
        ConfigurableApplicationContext second = start()) {
      String a = "http://localhost:" + port(first);
      String b = "http://localhost:" + port(second);
      assertThat(a).isNotEqualTo(b);

      CookieManager cookies = new CookieManager();
      HttpClient client =
          HttpClient.newBuilder()
              .cookieHandler(cookies)
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      String login =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(a + "/login")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
      assertThat(token.find()).isTrue();
      HttpResponse<String> signIn =
          client.send(
              HttpRequest.newBuilder(URI.create(a + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "username=officer&password=demo&_csrf=" + token.group(1)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(signIn.statusCode()).isEqualTo(302);
      assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
      String cookie =
          signIn.headers().allValues("Set-Cookie").stream()
              .filter(c -> c.startsWith("SESSION="))
              .findFirst()
              .orElseThrow();
      assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");

      // The cookie jar is per host and port; send the same session cookie to the other instance.
      String session = cookie.substring(0, cookie.indexOf(';'));
      HttpResponse<String> onSecond =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NEVER)
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(b + "/awards"))
                      .header("Cookie", session)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(onSecond.statusCode()).isEqualTo(200);
      assertThat(onSecond.body()).contains("Sign out officer");

      HttpResponse<String> stranger =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NEVER)
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(b + "/awards")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(stranger.statusCode()).isEqualTo(302);
    }
  }

  private static ConfigurableApplicationContext start() throws java.io.IOException {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    SpringApplication app = new SpringApplication(Application.class);
    app.setWebApplicationType(WebApplicationType.SERVLET);
    return app.run(
        "--server.port=" + port,
        "--spring.datasource.url=" + DB,
        "--commissioning.demo.load-on-start=true");
  }

  private static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("server.port"));
  }
}
