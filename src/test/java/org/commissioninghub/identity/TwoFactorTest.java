package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Two-factor sign-in: the code is needed once set up, and enforced roles must set it up. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:totp;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=true",
      "commissioning.security.enforce-two-factor=true"
    })
@AutoConfigureMockMvc
class TwoFactorTest {

  @Autowired MockMvc mvc;
  @Autowired TwoFactor twoFactor;
  @Autowired TransactionTemplate transactions;

  @Test
  void matchesTheRfc6238TestVector() {
    // RFC 6238 appendix B, SHA-1, secret "12345678901234567890", T = 59 s: 94287082 (last 6:
    // 287082).
    String secret = Totp.base32("12345678901234567890".getBytes());
    assertThat(Totp.code(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
    assertThat(Totp.code(secret, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
  }

  @Test
  void onceSetUpTheCodeIsNeededToSignIn() throws Exception {
    String secret = Totp.newSecret();
    transactions.executeWithoutResult(
        t -> twoFactor.enable("approver", secret, Totp.code(secret, Instant.now())));
    mvc.perform(post("/login").param("username", "approver").param("password", "demo").with(csrf()))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(
            post("/login")
                .param("username", "approver")
                .param("password", "demo")
                .param("code", "000000")
                .with(csrf()))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(
            post("/login")
                .param("username", "approver")
                .param("password", "demo")
                .param("code", Totp.code(secret, Instant.now()))
                .with(csrf()))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void enforcedRolesMustSetItUpBeforeAnythingElse() throws Exception {
    mvc.perform(get("/awards").with(user("finance").roles("FINANCE")))
        .andExpect(redirectedUrl("/account/two-factor"));
    mvc.perform(get("/account/two-factor").with(user("finance").roles("FINANCE")))
        .andExpect(status().isOk());
    // Officers are not in the enforced roles.
    mvc.perform(get("/awards").with(user("officer").roles("OFFICER"))).andExpect(status().isOk());
  }
}
