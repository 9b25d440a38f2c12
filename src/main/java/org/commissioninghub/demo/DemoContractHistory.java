package org.commissioninghub.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.audit.DataQualityNotes;
import org.commissioninghub.contracts.ContractLifecycle;
import org.commissioninghub.contracts.Contracts;
import org.commissioninghub.contracts.ExtensionDecision;
import org.commissioninghub.contracts.ExtensionRequest;
import org.commissioninghub.shared.CsvReader;
import org.commissioninghub.shared.CsvReader.Row;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.InvalidInputException;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The contracts' extension history from seeds/000 (demo/contract-history.csv), recorded through the
 * contract lifecycle service so its rules apply: the ISVA and SV Support Service's three yearly
 * extensions and its exception from 1 April 2025, and the Appropriate Adult Service's six-month
 * extension. The other contracts stand as contracts.csv has them, with no decision recorded.
 *
 * <p>The seed names neither who decided nor when. Each decision is recorded by "demo" on the last
 * day of the term it extends (a decision after the end is refused, so the start of the extension
 * cannot be used), which leaves every one flagged late; the exception is approved by the demo user
 * "approver" on the same day. Data-quality notes say so.
 */
@Component
class DemoContractHistory {

  private static final String FILE = "contract-history.csv";

  private final ContractLifecycle lifecycle;
  private final Contracts contracts;
  private final DataQualityNotes notes;
  private final ResourceLoader resources;

  DemoContractHistory(
      ContractLifecycle lifecycle,
      Contracts contracts,
      DataQualityNotes notes,
      ResourceLoader resources) {
    this.lifecycle = lifecycle;
    this.contracts = contracts;
    this.notes = notes;
    this.resources = resources;
  }

  void load(String location) {
    for (Row row : read(location)) {
      try {
        switch (row.get("event")) {
          case "extension", "exception" -> decision(row);
          case "stage" ->
              lifecycle.recordStage(
                  row.get("contract"),
                  contracts.get(row.get("contract")).version(),
                  row.get("stage"),
                  "demo");
          default ->
              throw InvalidInputException.of(
                  "DEMO-1",
                  "event",
                  "\"" + row.get("event") + "\" is not extension, exception or stage");
        }
      } catch (InvalidInputException e) {
        List<FieldProblem> located = new ArrayList<>();
        e.problems().forEach(p -> located.add(new FieldProblem(row.where(p.field()), p.message())));
        throw new InvalidInputException(e.code(), located);
      }
    }
    notes();
  }

  private void decision(Row row) {
    String contract = row.get("contract");
    boolean exception = "exception".equals(row.get("event"));
    ExtensionDecision d =
        lifecycle.decide(
            contract,
            contracts.get(contract).version(),
            new ExtensionRequest(
                    row.get("outcome"),
                    row.get("months"),
                    null,
                    row.get("performance"),
                    row.get("quality"),
                    row.get("funding"),
                    row.get("decided_on"),
                    exception,
                    row.get("exception_reasons"))
                .toCommand(),
            row.get("decided_by"));
    if (exception) {
      lifecycle.answerException(
          contract,
          d.number(),
          true,
          "Recorded from seeds/000, which reports the extension as agreed.",
          row.get("approved_by"),
          LocalDate.parse(row.get("approved_on")));
    }
  }

  private void notes() {
    notes.record(
        new DataQualityNotes.DataQualityNote(
            "contract",
            "isva-and-sv-support-service",
            "procurement_route",
            "\"the PCC went to market in early autumn 2018 to commission a county wide ISVA and SV"
                + " service\"",
            "Open tender",
            "seeds/001 §23",
            "The paper does not name the procurement route; going to market for a county-wide"
                + " service is read as an open tender. No other contract's route is stated, so none"
                + " is recorded."));
    notes.record(
        new DataQualityNotes.DataQualityNote(
            "contract",
            "isva-and-sv-support-service",
            "extension_decisions",
            "three yearly extensions to 31 March 2023, 2024 and 2025, then \"a further 12 months"
                + " from 1 April 2025\" due to funding uncertainty; who decided and when is not"
                + " stated",
            "decided by \"demo\" on the last day of each term extended (31 March 2022, 2023, 2024,"
                + " 2025); the exception approved by \"approver\" on 31 March 2025",
            "seeds/000 §2.1",
            "The dates of the decisions are not known. A decision cannot be recorded after the"
                + " term it extends has ended, so each is dated on the last day of that term and is"
                + " therefore shown as late (after the six-month notice deadline); the late flag on"
                + " these demo decisions says nothing about what actually happened."));
    notes.record(
        new DataQualityNotes.DataQualityNote(
            "contract",
            "appropriate-adult-service",
            "extension_decisions",
            "a two-year pilot from 1 October 2022 \"extended to 31 March 2025\"; who decided and"
                + " when is not stated",
            "one 6-month extension decided by \"demo\" on 30 September 2024",
            "seeds/000 §2",
            "The date of the decision is not known; it is dated on the last day of the pilot and"
                + " therefore shown as late."));
  }

  private List<Row> read(String location) {
    String base = location.endsWith("/") ? location : location + "/";
    try (InputStream in = resources.getResource(base + FILE).getInputStream()) {
      return CsvReader.parse(
          "demo/" + FILE,
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          List.of("contract", "event"));
    } catch (IOException e) {
      throw new IllegalStateException("The demo file " + base + FILE + " cannot be read", e);
    }
  }
}
