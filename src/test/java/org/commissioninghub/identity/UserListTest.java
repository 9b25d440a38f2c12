package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator's user list: every account, its roles, organisation and last sign-in. */
@HubTest
class UserListTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void anAdministratorSeesEveryAccountAndOthersMayNot() throws Exception {
    mvc.perform(post("/login").param("username", "provider").param("password", "demo").with(csrf()))
        .andExpect(status().is3xxRedirection());
    List<String> usernames = jdbc.sql("SELECT username FROM app_user").query(String.class).list();
    String page =
        mvc.perform(get("/users").with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(usernames.size() + " accounts");
    for (String username : usernames) {
      assertThat(page).contains(">" + username + "<");
    }
    String providerRow = row(page, "provider");
    assertThat(providerRow).contains("PROVIDER").contains("Victim Support").contains("Active");
    assertThat(providerRow).as("signed in just now").doesNotContain("Never");
    assertThat(page).contains("href=\"/users/invite\"");
    for (String role : List.of("OFFICER", "FINANCE", "AUDITOR", "PROVIDER")) {
      mvc.perform(get("/users").with(user("someone").roles(role)))
          .andExpect(status().isForbidden());
    }
  }

  private static String row(String page, String username) {
    int at = page.indexOf(">" + username + "<");
    int start = page.lastIndexOf("<tr", at);
    int end = page.indexOf("</tr>", at);
    return page.substring(start, end);
  }
}
