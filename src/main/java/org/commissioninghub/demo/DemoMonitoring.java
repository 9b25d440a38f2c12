package org.commissioninghub.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.DataQualityNotes;
import org.commissioninghub.audit.DataQualityNotes.DataQualityNote;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.monitoring.MonitoringReturnView;
import org.commissioninghub.monitoring.MonitoringReturns;
import org.commissioninghub.monitoring.ReturnCommands.FiguresRequest;
import org.commissioninghub.monitoring.ReturnCommands.Receipt;
import org.commissioninghub.monitoring.ReturnWorkflow;
import org.commissioninghub.monitoring.ServiceSpecialism;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.CsvReader.Row;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The 2024/25 quarterly returns of the victim services whose year the annual report (seeds/000 §1
 * and §2.1) states, and of the Gangs and County Lines service. Each service is set up for
 * monitoring (demo/monitored-services.csv) and each quarter's figures (demo/monitoring-returns.csv)
 * are recorded by the officer as received from the provider, through the same checks a provider's
 * return passes. The seeds give years, not quarters, and only some services' figures: the split
 * across quarters and services is illustrative, made so that the year's totals are the report's,
 * and data-quality notes say where the report's own figures disagree.
 */
@Component
class DemoMonitoring {

  private static final String SERVICES = "monitored-services.csv";
  private static final String RETURNS = "monitoring-returns.csv";

  private final MonitoringReturns monitoring;
  private final ReturnWorkflow workflow;
  private final Actors actors;
  private final DataQualityNotes notes;
  private final DemoFiles files;

  DemoMonitoring(
      MonitoringReturns monitoring,
      ReturnWorkflow workflow,
      Actors actors,
      DataQualityNotes notes,
      DemoFiles files) {
    this.monitoring = monitoring;
    this.workflow = workflow;
    this.actors = actors;
    this.notes = notes;
    this.files = files;
  }

  void load(String location) {
    Actor officer = actors.byName("officer");
    Map<String, List<MonitoringReturnView>> issued = new LinkedHashMap<>();
    for (Row row :
        files.read(
            location, SERVICES, List.of("service", "kind", "year", "template", "specialism"))) {
      DemoFiles.located(row, () -> issued.put(row.get("service"), issue(row)));
    }
    for (Row row :
        files.read(location, RETURNS, List.of("service", "year", "quarter", "received_on"))) {
      DemoFiles.located(row, () -> record(officer, row, issued));
    }
    notes();
  }

  private List<MonitoringReturnView> issue(Row row) {
    ServiceSpecialism specialism;
    try {
      specialism = ServiceSpecialism.valueOf(row.get("specialism"));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "DEMO-1", "specialism", "\"" + row.get("specialism") + "\" is not a specialism");
    }
    boolean victim = "true".equals(row.get("victim_service"));
    return switch (row.get("kind")) {
      case "award" ->
          monitoring.issueFor(
              "officer", row.get("service"), row.get("template"), specialism, victim);
      case "contract" ->
          monitoring.issueForContract(
              "officer",
              row.get("service"),
              FinancialYear.parse(row.get("year")),
              row.get("template"),
              specialism,
              victim);
      default ->
          throw InvalidInputException.of(
              "DEMO-1", "kind", "\"" + row.get("kind") + "\" is not award or contract");
    };
  }

  private void record(Actor officer, Row row, Map<String, List<MonitoringReturnView>> issued) {
    String service = row.get("service");
    FinancialYear year = FinancialYear.parse(row.get("year"));
    int quarter = Integer.parseInt(row.get("quarter"));
    MonitoringReturnView r =
        issued.getOrDefault(service, List.of()).stream()
            .filter(v -> v.period().year().equals(year) && v.period().quarter() == quarter)
            .findFirst()
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "DEMO-1",
                        "service",
                        service
                            + " owes no return for "
                            + year.label()
                            + " Q"
                            + quarter
                            + " (is it in "
                            + SERVICES
                            + "?)"));
    Map<String, String> typed = new LinkedHashMap<>();
    row.cells()
        .forEach(
            (column, value) -> {
              if (column.equals(column.toUpperCase()) && value != null && !value.isBlank()) {
                typed.put(column, value);
              }
            });
    workflow.recordReceived(
        officer,
        r.id(),
        new FiguresRequest(typed, null).toCommand(workflow.templateOf(r.id())),
        new Receipt(
            LocalDate.parse(row.get("received_on")),
            "Demo figures: the year's totals are those of the Annual Commissioning Report 2024/25"
                + " (seeds/000); the split across quarters is illustrative."));
  }

  private void notes() {
    note(
        "monitoring",
        "2024/25",
        "quarterly figures",
        "year totals for all victim services (89,498 referred, 83,889 supported, 80,927 reported"
            + " before, 1,605 empowered after, 5,368 better able to cope) and some services' own"
            + " figures",
        "each service's year split across four quarters (24%, 25%, 25%, 26%; the restorative"
            + " justice service 20%, 22%, 25%, 33% as APVC referrals rose in Q4); services the"
            + " report gives no figures for share the rest",
        "seeds/000 §1",
        "Illustrative: the report gives years, and figures for only some services. Every total it"
            + " states is reproduced exactly; the quarters and the other services' shares are"
            + " not the providers' own returns.");
    note(
        "monitoring",
        "specialist-da-services",
        "specialism",
        "\"5,856 DA victims ... supported by 17 specialist DA services\"",
        "17 of the 2024/25 grant-funded services classed as specialist domestic abuse (all those"
            + " whose description is about DA, except Healing Together training, which supports"
            + " professionals rather than victims)",
        "seeds/000 §1",
        "The report does not list which 17 services it counts; the classification is the demo's.");
    note(
        "monitoring",
        "isva-services",
        "EMPOWERED_AFTER",
        "\"the specialist ISVA services resulted in 207 individuals being able to report to the"
            + " Police after engaging\"; EKRCC alone: \"an additional 205 felt empowered\"",
        "Family Matters 2, EKRCC 205",
        "seeds/000 §1",
        "If both figures are right, the countywide ISVA service helped only 2 people report after"
            + " support, which is unlikely; one of the two figures probably counts differently.");
    note(
        "monitoring",
        "gangs-and-county-lines-interventions",
        "SUPPORTED",
        "\"They received 193 referrals ... 200 young people were supported\"",
        "200 supported from 193 referrals and 48 cases open at the end of each quarter",
        "seeds/000 §2",
        "More young people were supported than referred in the year; the difference is taken to be"
            + " young people already in support from 2023/24. The service is not counted in the"
            + " victim-services totals.");
    note(
        "monitoring",
        "kent-rj-and-mediation-service",
        "INTERVENTIONS_MEDIATION",
        "\"For Mediation 23 interventions were facilitated, with 8 being direct, 13 indirect and"
            + " 289 one party conversation\"",
        "23 mediation interventions; the parts are not recorded",
        "seeds/000 §2.1",
        "8 direct and 13 indirect make 21, not 23, and 289 one-party conversations is more than the"
            + " 28 mediation referrals (289 is also the total of the three kinds of intervention:"
            + " 130 + 136 + 23).");
    note(
        "monitoring",
        "kent-advocacy-and-support-service",
        "REPORTED_BEFORE",
        "the service \"is available to all victims of recorded crime\"; the report gives its"
            + " referrals (78,086) but not how many it supported",
        "supported: what is left of the 83,889 after the other services; all of them had reported"
            + " before support",
        "seeds/000 §1, §2.1",
        "Needed for the all-services totals to come out as the report's; the split between this"
            + " service and the others is the demo's.");
    note(
        "monitoring",
        "dandelion-time-2024-25",
        "SUPPORTED",
        "\"Supported a total of 56 families and 48 of those reported they were better able to"
            + " cope\"",
        "56 supported, 48 better able to cope",
        "seeds/000 §1",
        "The report counts families here and individuals elsewhere; the 56 families are counted as"
            + " 56 of the people supported.");
  }

  private void note(
      String entity,
      String key,
      String field,
      String read,
      String assumed,
      String source,
      String text) {
    notes.record(new DataQualityNote(entity, key, field, read, assumed, source, text));
  }
}
