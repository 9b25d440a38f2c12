package org.commissioninghub.demo;

import java.util.List;
import org.commissioninghub.audit.DataQualityNotes;
import org.commissioninghub.audit.DataQualityNotes.DataQualityNote;
import org.commissioninghub.crimereduction.AllocationRequest;
import org.commissioninghub.crimereduction.CrimeReductionGrants;
import org.commissioninghub.crimereduction.ProjectRequest;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.CsvReader.Row;
import org.springframework.stereotype.Component;

/**
 * The 2024/25 Crime Reduction Grant as the annual report states it (seeds/000 §4): £558,385 to the
 * 14 CSPs, £768,522 to third parties, 134 projects (121 by CSPs, 13 by third parties). The report
 * gives only totals and shares; the allocations of the 13 CSPs other than the KCSP (whose £39,661
 * is in seeds/004) and every project are illustrative records, marked so, whose totals and shares
 * are the report's.
 */
@Component
class DemoCrimeReduction {

  private final CrimeReductionGrants grants;
  private final Actors actors;
  private final DataQualityNotes notes;
  private final DemoFiles files;

  DemoCrimeReduction(
      CrimeReductionGrants grants, Actors actors, DataQualityNotes notes, DemoFiles files) {
    this.grants = grants;
    this.actors = actors;
    this.notes = notes;
    this.files = files;
  }

  void load(String location) {
    Actor officer = actors.byName("officer");
    for (Row row : files.read(location, "crg-allocations.csv", List.of("csp", "year", "total"))) {
      DemoFiles.located(
          row,
          () ->
              grants.allocate(
                  officer,
                  new AllocationRequest(
                          row.get("csp"),
                          row.get("year"),
                          row.get("total"),
                          "pcc-kent-budget",
                          "2024-04-01T09:00",
                          "2024-04-26T17:00",
                          "2024-07-17T09:00",
                          "2025-03-31T17:00")
                      .toCommand()));
    }
    for (Row row :
        files.read(
            location,
            "crg-projects.csv",
            List.of("year", "organisation", "title", "amount", "plan_priority", "theme"))) {
      DemoFiles.located(
          row,
          () ->
              grants.recordProject(
                  officer,
                  new ProjectRequest(
                          row.get("year"),
                          row.get("csp"),
                          row.get("organisation"),
                          row.get("title"),
                          row.get("amount"),
                          row.get("plan_priority"),
                          row.get("theme"),
                          true)
                      .toCommand()));
    }
    notes();
  }

  private void notes() {
    notes.record(
        new DataQualityNote(
            "crime-reduction-grant",
            "2024/25",
            "allocations and projects",
            "\"£558,385\" to \"the 14 CSPs\", \"£768,522\" to third parties, \"134 projects ... 121"
                + " being delivered by the CSPs and 13 by the third parties\"",
            "the KCSP's £39,661 (seeds/004); £38,000 to each of 12 district CSPs and £62,724 to"
                + " Medway; 9 projects per district CSP and 13 for Medway, each CSP's allocation"
                + " shared equally; 13 named third-party projects",
            "seeds/000 §4",
            "Illustrative: the report gives totals and shares only. The records are marked"
                + " illustrative; their totals, counts and shares are the report's."));
    notes.record(
        new DataQualityNote(
            "crime-reduction-grant",
            "2024/25",
            "third-party shares",
            "\"41% of projects supported protect young people\", \"32% ... residents\"; themes"
                + " 19%, 19%, 14%",
            "shares of the third parties' £768,522 by value",
            "seeds/000 §4",
            "No count of 13 projects gives 41%, 32%, 19% or 14% (5 of 13 is 38%, 6 is 46%), so"
                + " the report cannot have counted single projects; the demo's third-party"
                + " projects are valued so that the shares by value are the report's. The annual"
                + " report shows both shares and says which denominator each uses."));
    notes.record(
        new DataQualityNote(
            "crime-reduction-grant",
            "plan-priorities",
            "plan_priority",
            "three priorities of the Making Kent Safer plan 2022–25 named in the report",
            "the plan's seven priorities",
            "seeds/000 §4",
            "The report names the three largest shares; the other four priorities are the"
                + " published plan's."));
  }
}
