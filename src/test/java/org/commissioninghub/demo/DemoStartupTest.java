package org.commissioninghub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * The web server opens its port only after the demo has loaded, so a sign-in can never race the
 * load; readiness says REFUSING_TRAFFIC until the application is fully started.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:startup;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=true"
    })
class DemoStartupTest {

  /** What was true at the moment the port opened. */
  record AtPortOpen(boolean demoLoaded, ReadinessState readiness) {}

  static final AtomicReference<AtPortOpen> AT_PORT_OPEN = new AtomicReference<>();

  @TestConfiguration
  static class Watch {
    @Bean
    ApplicationListener<WebServerInitializedEvent> portOpened(
        DemoData demo, ApplicationAvailability availability) {
      return event ->
          AT_PORT_OPEN.compareAndSet(
              null, new AtPortOpen(demo.alreadyLoaded(), availability.getReadinessState()));
    }
  }

  @LocalServerPort int port;

  @Test
  void theDemoIsLoadedBeforeThePortOpensAndReadinessWaitsForTheStart() throws Exception {
    AtPortOpen atPortOpen = AT_PORT_OPEN.get();
    assertThat(atPortOpen).isNotNull();
    assertThat(atPortOpen.demoLoaded()).as("demo loaded when the port opened").isTrue();
    assertThat(atPortOpen.readiness()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);

    HttpResponse<String> ready =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"UP\"");
  }
}
