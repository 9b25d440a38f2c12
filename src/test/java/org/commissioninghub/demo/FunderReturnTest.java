package org.commissioninghub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commissioninghub.support.DemoFiguresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A funder return for the 2024/25 MoJ core grant on the demo: allocated as the seed's core column
 * (£2,113,627.51 over 12 lines), what has been paid, and the outputs of the services it funds from
 * their accepted returns; the CSV carries the same figures.
 */
@DemoFiguresTest
class FunderReturnTest {

  @Autowired MockMvc mvc;

  @Test
  void theCoreGrantsReturnComesFromTheRecords() throws Exception {
    String page = text("/reports/funder-return?year=2024/25&stream=moj-core-2024-25");
    assertThat(page)
        .contains("£2,113,627.51 in 12 award lines")
        .contains("From the accepted returns of 12 services")
        .contains("Referrals received");
    List<String> csv = text("/reports/funder-return.csv?stream=moj-core-2024-25").lines().toList();
    assertThat(csv).contains("Money,Allocated,12 award lines,2113627.51");
    assertThat(csv).anyMatch(l -> l.startsWith("Output,Referrals received,12 services,"));
    assertThat(csv).filteredOn(l -> l.startsWith("Allocation,")).hasSize(12);
  }

  private String text(String path) throws Exception {
    var response =
        mvc.perform(get(path).with(user("officer").roles("OFFICER"))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
