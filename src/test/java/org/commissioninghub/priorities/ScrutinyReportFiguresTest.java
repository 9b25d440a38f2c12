package org.commissioninghub.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.support.DemoFiguresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scrutiny report of seeds/002 on the demo as loaded: every priority with its actions, the
 * strategic assessments of the 12 CSPs and the priority contexts' figures, as a page and a tagged
 * PDF. Moved from ActionPlansTest, whose other tests change actions, into the database no test
 * changes (other classes record CSPs' strategic-assessment issues in the shared one).
 */
@DemoFiguresTest
class ScrutinyReportFiguresTest {

  private static final FinancialYear Y2024 = FinancialYear.parse("2024/25");

  @Autowired ActionPlans actions;
  @Autowired MockMvc mvc;

  @Test
  void theScrutinyReportHasEveryPriorityWithItsActionsAsPageAndTaggedPdf() throws Exception {
    ScrutinyReport report = actions.scrutiny(Y2024);
    assertThat(report.agreement().versionLabel()).isEqualTo("9.0");
    assertThat(report.priorities()).hasSize(8);
    assertThat(report.priorities().stream().mapToInt(p -> p.year().size()).sum()).isEqualTo(39);
    String page = text("/priorities/scrutiny-report?year=2024/25").replaceAll("<[^>]+>", "");
    for (ScrutinyReport.PriorityActions p : report.priorities()) {
      assertThat(page).contains("Priority: " + p.priority().replace("&", "&amp;"));
    }
    assertThat(page)
        .contains("2025/26 action plan (in progress)")
        .contains("Number of CSPs naming each issue, of the 12 that reported")
        .contains("Early Intervention, Prevention and Education")
        .contains("31.4% (8,508)")
        .contains("Crime Survey for England and Wales, year ending March 2025");
    var response =
        mvc.perform(
                get("/priorities/scrutiny-report.pdf?year=2024/25")
                    .with(user("officer").roles("OFFICER")))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    try (org.apache.pdfbox.pdmodel.PDDocument pdf =
        org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
      org.apache.pdfbox.text.PDFTextStripper stripper =
          new org.apache.pdfbox.text.PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(pdf).replaceAll("\\s+", " ");
      for (ScrutinyReport.PriorityActions p : report.priorities()) {
        assertThat(text).contains("Priority: " + p.priority());
        assertThat(text).contains(p.complete() + " of " + p.year().size() + " complete");
      }
      // In content order, each table cell's words stay together (sorting by position would
      // interleave a wrapped title with the next column's lines).
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
          .contains("Support delivery of Vision Zero");
      assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
    }
  }

  private String text(String path) throws Exception {
    var response =
        mvc.perform(get(path).with(user("csp").roles("CSP_LEAD"))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
