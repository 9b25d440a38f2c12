package org.commissioninghub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commissioninghub.support.DemoFiguresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 2024/25 Annual Commissioning Report on the demo carries the seed's figures (seeds/000), each
 * computed from the records, in the page and in the text of its tagged PDF.
 */
@DemoFiguresTest
class AnnualCommissioningReportTest {

  /** Figures as seeds/000 prints them (whole pounds) and as the records hold them (pence). */
  static final List<String> SEED_FIGURES =
      List.of(
          // Funding: the additional funding and its four parts
          "£3,071,399.31",
          "£1,837,213.31",
          "£341,398.00",
          "£829,195.00",
          "£63,593.00",
          // The awards table: a few cells, each column's total and the grand total
          "£1,029,766.00",
          "£153,930.50",
          "£96,512.82",
          "£2,113,627.51",
          "£664,540.39",
          "£3,950,840.82",
          // Delivery across the victim services
          "89,498",
          "83,889",
          "80,927",
          "1,605",
          "5,368",
          "5,856",
          "2,388",
          // Contracts with their dates
          "Kent Advocacy and Support Service",
          "1 April 2024",
          "31 March 2027",
          "1 October 2023",
          "30 September 2027",
          "1 April 2019",
          "Appropriate Adult Service",
          // Crime Reduction Grant
          "the 14 CSPs was £558,385.00",
          "£768,522.00",
          "134 projects were funded through the CRG with 121 being delivered by the CSPs and 13 by"
              + " the third parties");

  @Autowired MockMvc mvc;

  @Test
  void thePageCarriesTheSeedsFigures() throws Exception {
    String html = text("/reports/annual-commissioning?year=2024/25");
    String page = flat(html);
    assertThat(page).contains(SEED_FIGURES);
    assertThat(page)
        .contains("This resulted in additional funding of £3,071,399.31 for 2024/25.")
        .contains("24% of 121")
        .contains("18% of 121")
        .contains("41% of £768,522.00")
        .contains("32% of £768,522.00")
        .contains("134 of these project records are illustrative");
    // The victims' contracts and the other contracts are listed in their own sections.
    int victims = html.indexOf("id=\"section-victims-contracts\"");
    int others = html.indexOf("id=\"section-other-contracts\"");
    assertThat(html.indexOf("contract-isva-and-sv-support-service")).isBetween(victims, others);
    assertThat(html.indexOf("contract-appropriate-adult-service")).isGreaterThan(others);
    // The register the CRG figures come from downloads with every project, marked illustrative.
    List<String> projects = text("/crime-reduction/projects.csv?year=2024/25").lines().toList();
    assertThat(projects).hasSize(135);
    assertThat(projects.get(0)).startsWith("Year,Delivered by,Through,Project,Amount");
    assertThat(projects.subList(1, 135)).allMatch(r -> r.endsWith(",yes"));
    // Every organisation of the seed's awards table has its row.
    assertThat(page).contains("Kooth", "Sign Health", "The Bloomers Trust", "Project Salus CIC");
  }

  @Test
  void thePdfIsTaggedAndItsTextCarriesTheSeedsFigures() throws Exception {
    var response =
        mvc.perform(
                get("/reports/annual-commissioning.pdf?year=2024/25")
                    .with(user("officer").roles("OFFICER")))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = flat(stripper.getText(pdf));
      java.nio.file.Files.writeString(java.nio.file.Path.of("target/annual-report.txt"), text);
      java.nio.file.Files.write(
          java.nio.file.Path.of("target/annual-report.pdf"), response.getContentAsByteArray());
      assertThat(text).contains(SEED_FIGURES);
      assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNotNull();
      assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(pdf.getDocumentInformation().getTitle())
          .contains("Annual Commissioning Report 2024/25");
      assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
    }
  }

  @Test
  void aYearWithoutRecordsRendersAndABadYearIsNamed() throws Exception {
    String earlier = flat(text("/reports/annual-commissioning?year=2019/20"));
    assertThat(earlier)
        .contains("No Crime Reduction Grant is recorded for this year.")
        .contains("No words written for this section yet.");
    var bad =
        mvc.perform(
                get("/reports/annual-commissioning?year=2024-25")
                    .with(user("officer").roles("OFFICER")))
            .andReturn()
            .getResponse();
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(bad.getContentAsString(StandardCharsets.UTF_8))
        .contains("&quot;2024-25&quot; is not a financial year");
  }

  @Test
  void wordsAreVersionedAndAStaleSaveIsRefused() throws Exception {
    String path = "/reports/annual-commissioning/narrative?year=2024/25&section=governance";
    String form = text(path);
    assertThat(form).contains("Version", "officer");
    // A second officer saves on top of version 1.
    var saved =
        mvc.perform(
                post("/reports/annual-commissioning/narrative")
                    .param("year", "2024/25")
                    .param("section", "governance")
                    .param("startedFrom", "1")
                    .param("body", "Governance is proportionate to the funding provided.")
                    .with(user("officer").roles("OFFICER"))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(saved.getStatus()).isEqualTo(302);
    assertThat(flat(text("/reports/annual-commissioning?year=2024/25")))
        .contains("Governance is proportionate to the funding provided.")
        .contains("version 2, officer");
    // Someone still editing version 1 is refused, and version 2 stands.
    String stale =
        mvc.perform(
                post("/reports/annual-commissioning/narrative")
                    .param("year", "2024/25")
                    .param("section", "governance")
                    .param("startedFrom", "1")
                    .param("body", "Words typed over an old version, costing £5,000.")
                    .with(user("officer").roles("OFFICER"))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(flat(stale))
        .contains("saved Governance (version 2) after you opened it")
        .contains("Words typed over an old version")
        .contains("typed figures (£5,000)");
    assertThat(flat(text("/reports/annual-commissioning?year=2024/25")))
        .doesNotContain("Words typed over an old version");
    // Blank words are refused and name the field.
    String blank =
        mvc.perform(
                post("/reports/annual-commissioning/narrative")
                    .param("year", "2024/25")
                    .param("section", "governance")
                    .param("startedFrom", "2")
                    .param("body", "  ")
                    .with(user("officer").roles("OFFICER"))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(blank).contains("Enter the words for Governance");
  }

  @Test
  void onlyOfficersWriteTheWordsAndProvidersCannotReadTheDraft() throws Exception {
    int provider =
        mvc.perform(
                post("/reports/annual-commissioning/narrative")
                    .param("year", "2024/25")
                    .param("section", "learning")
                    .param("startedFrom", "1")
                    .param("body", "Provider words")
                    .with(user("provider").roles("PROVIDER"))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(provider).isEqualTo(403);
    int finance =
        mvc.perform(
                post("/reports/annual-commissioning/narrative")
                    .param("year", "2024/25")
                    .param("section", "learning")
                    .param("startedFrom", "1")
                    .param("body", "Finance words")
                    .with(user("finance").roles("FINANCE"))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(finance).isEqualTo(403);
    assertThat(
            mvc.perform(
                    get("/reports/annual-commissioning.pdf?year=2024/25")
                        .with(user("provider").roles("PROVIDER")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  private String text(String path) throws Exception {
    var response =
        mvc.perform(get(path).with(user("officer").roles("OFFICER"))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  /**
   * The words without their markup, one space for every run of whitespace, as a PDF's lines and a
   * page's indentation differ.
   */
  private static String flat(String text) {
    return text.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
  }
}
