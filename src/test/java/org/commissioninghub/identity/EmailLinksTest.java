package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commissioninghub.support.HubTest;
import org.commissioninghub.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Invitations and password resets end to end, through real SMTP to a local server. */
@HubTest
class EmailLinksTest {

  @RegisterExtension static GreenMailExtension smtp = TestMail.smtp();

  private static final String GOOD_PASSWORD = "orchard kettle violet harbour";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void anInvitedProviderSetsAPasswordOnceAndSeesOnlyTheirOrganisation() throws Exception {
    mvc.perform(
            post("/users/invite")
                .with(csrf())
                .with(user("officer").roles("OFFICER"))
                .param("email", "Jo.Bloggs@SATEDA.example")
                .param("displayName", "Jo Bloggs")
                .param("organisation", "sateda"))
        .andExpect(redirectedUrl("/users/invite"));
    MimeMessage invitation = onlyMessageTo("jo.bloggs@sateda.example");
    assertThat(invitation.getSubject()).isEqualTo("You have been invited to Commissioning Hub");
    String token = token(invitation);

    // Not yet usable: the account has no password of its own.
    mvc.perform(
            post("/login")
                .param("username", "jo.bloggs@sateda.example")
                .param("password", "anything")
                .with(csrf()))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/account/set-password").param("token", token)).andExpect(status().isOk());
    String weak =
        mvc.perform(
                post("/account/set-password")
                    .with(csrf())
                    .param("token", token)
                    .param("password", "password1234")
                    .param("confirmation", "password1234"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(weak).contains("too common");
    String mismatch =
        mvc.perform(
                post("/account/set-password")
                    .with(csrf())
                    .param("token", token)
                    .param("password", GOOD_PASSWORD)
                    .param("confirmation", "something else entirely"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(mismatch).contains("do not match");
    mvc.perform(
            post("/account/set-password")
                .with(csrf())
                .param("token", token)
                .param("password", GOOD_PASSWORD)
                .param("confirmation", GOOD_PASSWORD))
        .andExpect(redirectedUrl("/login"));

    mvc.perform(
            post("/login")
                .param("username", "jo.bloggs@sateda.example")
                .param("password", GOOD_PASSWORD)
                .with(csrf()))
        .andExpect(redirectedUrl("/"));
    mvc.perform(
            get("/organisations/sateda").with(user("jo.bloggs@sateda.example").roles("PROVIDER")))
        .andExpect(status().isOk());
    mvc.perform(
            get("/organisations/victim-support")
                .with(user("jo.bloggs@sateda.example").roles("PROVIDER")))
        .andExpect(status().isNotFound());

    // The link works once.
    String reused =
        mvc.perform(get("/account/set-password").param("token", token))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(reused).contains("expired or has already been used");
  }

  @Test
  void aResetDoesNotRevealWhetherAnAddressIsRegistered() throws Exception {
    jdbc.sql("UPDATE app_user SET email = 'finance@opcc.example' WHERE username = 'finance'")
        .update();
    String unknown =
        mvc.perform(post("/password-reset").with(csrf()).param("email", "nobody@nowhere.example"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String known =
        mvc.perform(post("/password-reset").with(csrf()).param("email", "finance@opcc.example"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(known).contains("If that address belongs to an account");
    assertThat(unknown).contains("If that address belongs to an account");
    MimeMessage reset = onlyMessageTo("finance@opcc.example");
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    String token = token(reset);

    mvc.perform(
            post("/account/set-password")
                .with(csrf())
                .param("token", token)
                .param("password", GOOD_PASSWORD)
                .param("confirmation", GOOD_PASSWORD))
        .andExpect(redirectedUrl("/login"));
    mvc.perform(
            post("/login")
                .param("username", "finance")
                .param("password", GOOD_PASSWORD)
                .with(csrf()))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void anExpiredLinkIsRefused() throws Exception {
    jdbc.sql("UPDATE app_user SET email = 'auditor@opcc.example' WHERE username = 'auditor'")
        .update();
    mvc.perform(post("/password-reset").with(csrf()).param("email", "auditor@opcc.example"));
    String token = token(onlyMessageTo("auditor@opcc.example"));
    jdbc.sql("UPDATE user_link SET expires_at = expires_at - INTERVAL '2' HOUR").update();
    String page =
        mvc.perform(
                post("/account/set-password")
                    .with(csrf())
                    .param("token", token)
                    .param("password", GOOD_PASSWORD)
                    .param("confirmation", GOOD_PASSWORD))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("expired or has already been used");
  }

  private static MimeMessage onlyMessageTo(String address) throws Exception {
    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage[] messages = smtp.getReceivedMessages();
    assertThat(messages).hasSize(1);
    assertThat(messages[0].getAllRecipients()[0].toString()).isEqualTo(address);
    return messages[0];
  }

  private static String token(MimeMessage message) throws Exception {
    Matcher m =
        Pattern.compile("http://hub\\.test/account/set-password\\?token=([A-Za-z0-9_-]+)")
            .matcher((String) message.getContent());
    assertThat(m.find()).as("the email carries a set-password link").isTrue();
    return m.group(1);
  }
}
