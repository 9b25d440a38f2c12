package org.commissioninghub.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.commissioninghub.identity.UserAccounts;
import org.commissioninghub.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The database goes away (every new connection refused, as Hikari reports it when its wait times
 * out) and comes back. Requests that need it get 503 with Retry-After, never 401 for good
 * credentials nor a 500; the same requests work again once it is back, without a restart; the
 * readiness probe follows the database and liveness does not.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:outage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=false"
    })
@AutoConfigureMockMvc
class DatabaseOutageTest {

  /** Wraps the application's DataSource so a test can switch the database off and on. */
  static class SwitchableDataSource extends DelegatingDataSource {
    volatile boolean down;

    SwitchableDataSource(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (down) {
        throw new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 3000ms.");
      }
      return super.getConnection();
    }
  }

  @TestConfiguration
  static class Switch {
    @Bean
    static BeanPostProcessor switchableDatabase() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource ds && !(bean instanceof SwitchableDataSource)
              ? new SwitchableDataSource(ds)
              : bean;
        }
      };
    }
  }

  @Autowired MockMvc mvc;
  @Autowired UserAccounts users;
  @Autowired DataSource dataSource;

  @BeforeEach
  void user() {
    if (!users.exists("outage-officer")) {
      users.create("outage-officer", "Officer", "outage-secret-1", Role.OFFICER, null);
    }
  }

  @AfterEach
  void databaseBack() {
    database().down = false;
  }

  private SwitchableDataSource database() {
    try {
      return dataSource.unwrap(SwitchableDataSource.class);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theApiAnswers503WithRetryAfterNot401ForGoodCredentials() throws Exception {
    database().down = true;
    mvc.perform(get("/api/v1/organisations").with(httpBasic("outage-officer", "outage-secret-1")))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().exists("Retry-After"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(503))
        .andExpect(jsonPath("$.code").value("SERVICE-UNAVAILABLE"));

    database().down = false;
    mvc.perform(get("/api/v1/organisations").with(httpBasic("outage-officer", "outage-secret-1")))
        .andExpect(status().isOk());
  }

  @Test
  void signingInAnswers503PageNotWrongPassword() throws Exception {
    database().down = true;
    mvc.perform(
            post("/login")
                .param("username", "outage-officer")
                .param("password", "outage-secret-1")
                .with(csrf()))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().exists("Retry-After"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));

    database().down = false;
    mvc.perform(
            post("/login")
                .param("username", "outage-officer")
                .param("password", "outage-secret-1")
                .with(csrf()))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void aSignedInPageAnswers503AndWorksAgainAfterwards() throws Exception {
    // Sessions live in the database (Spring Session JDBC), so reading this one needs it too.
    Cookie session =
        mvc.perform(
                post("/login")
                    .param("username", "outage-officer")
                    .param("password", "outage-secret-1")
                    .with(csrf()))
            .andExpect(redirectedUrl("/"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(get("/organisations").cookie(session)).andExpect(status().isOk());

    database().down = true;
    mvc.perform(get("/organisations").cookie(session))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().exists("Retry-After"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));

    database().down = false;
    mvc.perform(get("/organisations").cookie(session)).andExpect(status().isOk());
  }

  @Test
  void readinessFollowsTheDatabaseAndLivenessDoesNot() throws Exception {
    mvc.perform(get("/actuator/health/readiness"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.components").doesNotExist());
    mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.details").doesNotExist());

    database().down = true;
    mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
    mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());

    database().down = false;
    mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
  }

  @Test
  void otherActuatorEndpointsAreNotExposed() throws Exception {
    mvc.perform(get("/actuator/env").with(httpBasic("outage-officer", "outage-secret-1")))
        .andExpect(status().is4xxClientError());
  }
}
