package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Personal access tokens: shown once, stored hashed, scoped to the owner's roles, revocable. */
@HubTest
class ApiTokenTest {

  @Autowired ApiTokens tokens;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void aTokenActsWithItsOwnersRolesUntilRevoked() throws Exception {
    String secret = tokens.create("officer", NewToken.of("Finance system", 30));
    assertThat(secret).startsWith("chub_").hasSizeGreaterThan(40);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ? OR prefix = ?")
                .params(secret, secret)
                .query(Long.class)
                .single())
        .as("the secret itself is never stored")
        .isZero();

    mvc.perform(get("/api/v1/awards?year=2024/25").header("Authorization", "Bearer " + secret))
        .andExpect(status().isOk());
    // A token-authenticated API call needs no CSRF token: the browser cannot add the header itself.
    mvc.perform(
            post("/api/v1/organisations")
                .header("Authorization", "Bearer " + secret)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"\",\"type\":\"CHARITY\"}"))
        .andExpect(status().isUnprocessableContent());

    long id = tokens.of("officer").get(0).id();
    tokens.revoke("officer", id);
    mvc.perform(get("/api/v1/awards").header("Authorization", "Bearer " + secret))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/awards").header("Authorization", "Bearer chub_not-a-real-token"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aProvidersTokenStaysWithinTheProvidersOrganisation() throws Exception {
    String secret = tokens.create("provider", NewToken.of("Case system", 7));
    mvc.perform(
            get("/api/v1/organisations/victim-support").header("Authorization", "Bearer " + secret))
        .andExpect(status().isOk());
    mvc.perform(
            get("/api/v1/organisations/family-matters").header("Authorization", "Bearer " + secret))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/awards").header("Authorization", "Bearer " + secret))
        .andExpect(status().isForbidden());
  }

  @Test
  void tokensMustBeNamedAndExpire() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> tokens.create("officer", NewToken.of(" ", 30)))
        .isInstanceOf(InvalidInputException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> tokens.create("officer", NewToken.of("Forever", 10_000)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("1 to 366 days");
  }
}
