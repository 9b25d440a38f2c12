package org.commissioninghub.demo;

import java.util.List;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.reporting.AnnualReportSection;
import org.commissioninghub.reporting.ReportNarratives;
import org.commissioninghub.shared.CsvReader.Row;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The words of the 2024/25 Annual Commissioning Report, taken from seeds/000 without its figures:
 * the report computes those from the records.
 */
@Component
class DemoReportWords {

  private final ReportNarratives narratives;
  private final Actors actors;
  private final DemoFiles files;

  DemoReportWords(ReportNarratives narratives, Actors actors, DemoFiles files) {
    this.narratives = narratives;
    this.actors = actors;
    this.files = files;
  }

  void load(String location) {
    for (Row row :
        files.read(location, "annual-report-narrative.csv", List.of("year", "section", "body"))) {
      DemoFiles.located(
          row,
          () -> {
            AnnualReportSection section =
                AnnualReportSection.byKey(row.get("section"))
                    .orElseThrow(
                        () ->
                            InvalidInputException.of(
                                "DEMO-1",
                                "section",
                                "\"" + row.get("section") + "\" is not a section of the report"));
            narratives.save(
                actors.byName("officer"),
                FinancialYear.parse(row.get("year")),
                section,
                0,
                row.get("body"));
          });
    }
  }
}
