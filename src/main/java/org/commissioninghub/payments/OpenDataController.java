package org.commissioninghub.payments;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commissioninghub.shared.CsvWriter;
import org.commissioninghub.shared.Money;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The registers the Elected Local Policing Bodies (Specified Information) Order 2011 requires,
 * public and without sign-in: expenditure over £500 (para 3(g)), crime and disorder reduction
 * grants (para 3(f)) and contracts over £10,000. An individual payee's name is never published.
 */
@Controller
class OpenDataController {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final MediaType CSV =
      new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

  private final Payments payments;

  OpenDataController(Payments payments) {
    this.payments = payments;
  }

  @GetMapping("/open-data")
  String index() {
    return "payments/open-data";
  }

  @GetMapping("/open-data/spend-over-500")
  String spend(@RequestParam(required = false) String month, Model model) {
    List<PaymentView> all = payments.spendOver500();
    YearMonth chosen = null;
    if (month != null && !month.isBlank()) {
      try {
        chosen = YearMonth.parse(month.strip());
      } catch (DateTimeParseException e) {
        model.addAttribute(
            "warnings", List.of("\"" + month + "\" is not a month: choose one from the list"));
      }
    }
    Map<String, String> months = new LinkedHashMap<>();
    Map<String, List<PaymentView>> byMonth = new LinkedHashMap<>();
    Map<String, Money> totals = new LinkedHashMap<>();
    for (PaymentView p : all) {
      YearMonth ym = YearMonth.from(p.date());
      months.put(ym.toString(), MONTH.format(ym));
      if (chosen == null || chosen.equals(ym)) {
        String label = MONTH.format(ym);
        byMonth.computeIfAbsent(label, k -> new java.util.ArrayList<>()).add(p);
        totals.merge(label, p.amount(), Money::plus);
      }
    }
    model.addAttribute("months", months);
    model.addAttribute("month", chosen == null ? "" : chosen.toString());
    model.addAttribute("byMonth", byMonth);
    model.addAttribute("totals", totals);
    return "payments/spend";
  }

  @GetMapping("/open-data/spend-over-500.csv")
  ResponseEntity<String> spendCsv() {
    CsvWriter csv =
        new CsvWriter()
            .row("Date", "Payee", "Amount", "Purpose", "Category", "Type", "Value for money");
    for (PaymentView p : payments.spendOver500()) {
      csv.row(
          p.date().toString(),
          p.publishedPayee(),
          p.amount().plain(),
          p.purpose(),
          p.costCentre() == null ? "" : p.costCentre(),
          p.paymentClass().label(),
          p.reasons() == null ? "" : p.reasons());
    }
    return csv("spend-over-500.csv", csv);
  }

  @GetMapping("/open-data/crime-reduction-grants")
  String grants(Model model) {
    model.addAttribute("grants", payments.crimeReductionGrants());
    return "payments/grants";
  }

  @GetMapping("/open-data/crime-reduction-grants.csv")
  ResponseEntity<String> grantsCsv() {
    CsvWriter csv =
        new CsvWriter().row("Date", "Recipient", "Amount", "Purpose", "Conditions", "Reasons");
    for (PaymentView p : payments.crimeReductionGrants()) {
      csv.row(
          p.date().toString(),
          p.publishedPayee(),
          p.amount().plain(),
          p.purpose(),
          p.conditions() == null ? "" : p.conditions(),
          p.reasons() == null ? "" : p.reasons());
    }
    return csv("crime-reduction-grants.csv", csv);
  }

  @GetMapping("/open-data/contracts")
  String contracts(Model model) {
    List<ContractEntry> all = payments.contractsRegister();
    model.addAttribute("over", all.stream().filter(ContractEntry::overThreshold).toList());
    model.addAttribute(
        "under", all.stream().filter(c -> c.value() != null && !c.overThreshold()).toList());
    model.addAttribute("unvalued", all.stream().filter(c -> c.value() == null).toList());
    return "payments/contracts";
  }

  @GetMapping("/open-data/contracts.csv")
  ResponseEntity<String> contractsCsv() {
    CsvWriter csv =
        new CsvWriter()
            .row(
                "Contract",
                "Parties",
                "Value",
                "Value basis",
                "Purpose",
                "Start",
                "End",
                "Over £10,000");
    for (ContractEntry c : payments.contractsRegister()) {
      csv.row(
          c.title(),
          c.parties(),
          Money.plainOrNull(c.value()),
          c.valueBasis(),
          c.purpose(),
          c.start() == null ? "" : c.start().toString(),
          c.end() == null ? "" : c.end().toString(),
          c.value() == null ? "Not known" : c.overThreshold() ? "Yes" : "No");
    }
    return csv("contracts.csv", csv);
  }

  private static ResponseEntity<String> csv(String name, CsvWriter csv) {
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(csv.toString());
  }
}
