package org.commissioninghub.funding;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.commissioninghub.shared.CsvWriter;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Refusals;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The PCC's budget against spend by line (the annual report's table) and year-end decisions. */
@Controller
class BudgetController {

  private final Budgets budgets;
  private final FundingStreams streams;
  private final org.commissioninghub.audit.AuditLog audit;
  private final java.time.Clock clock;

  BudgetController(
      Budgets budgets,
      FundingStreams streams,
      org.commissioninghub.audit.AuditLog audit,
      java.time.Clock clock) {
    this.clock = clock;
    this.budgets = budgets;
    this.streams = streams;
    this.audit = audit;
  }

  @GetMapping("/funding/budget")
  String table(@RequestParam(required = false) String year, Model model) {
    return page(chosen(year), Map.of(), model);
  }

  @PostMapping("/funding/budget/year-end")
  String decide(
      @RequestParam Map<String, String> form,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    return Refusals.onPageConflictsApart(
        model,
        () -> {
          YearEndDecisionView d =
              budgets.decide(
                  auth.getName(),
                  new YearEndRequest(
                          form.get("budgetLine"),
                          form.get("stream"),
                          form.get("outcome"),
                          form.get("amount"),
                          form.get("toStream"),
                          form.get("reasons"),
                          form.get("decidedOn"))
                      .toCommand());
          flash.addFlashAttribute(
              "success", d.subjectName() + ": " + d.outcome().label() + " " + d.amount().format());
          return "redirect:/funding/budget?year=" + d.year().label();
        },
        () -> page(chosen(form.get("year")), form, model));
  }

  @PostMapping("/funding/budget/lines")
  String addLine(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
    return Refusals.onPageConflictsApart(
        model,
        () -> {
          BudgetLineView line =
              budgets.createLine(
                  new BudgetLineRequest(
                          null,
                          form.get("lineYear"),
                          form.get("name"),
                          form.get("budget"),
                          form.get("outturn"),
                          form.get("outturnSource"))
                      .toCommand("lineYear"));
          flash.addFlashAttribute("success", "Budget line " + line.name() + " added");
          return "redirect:/funding/budget?year=" + line.year().label();
        },
        () -> page(chosen(form.get("lineYear")), form, model));
  }

  @GetMapping("/funding/budget.csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) String year) {
    BudgetTable table = budgets.table(chosen(year));
    CsvWriter csv = new CsvWriter().row("Line", "Budget", "Spend", "Variance");
    for (BudgetLineView line : table.lines()) {
      csv.row(line.name(), line.budget().plain(), plain(line.outturn()), plain(line.variance()));
    }
    csv.row(
        "Total",
        table.totalBudget().plain(),
        plain(table.totalOutturn()),
        plain(table.totalVariance()));
    String name = "budget-" + table.year().label().replace('/', '-') + ".csv";
    audit.recordExport(name, "text/csv");
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private String page(FinancialYear year, Map<String, String> typed, Model model) {
    model.addAttribute("table", budgets.table(year));
    model.addAttribute("year", year);
    model.addAttribute("years", budgets.years());
    model.addAttribute("typed", typed);
    model.addAttribute("outcomes", YearEndOutcome.values());
    model.addAttribute("streams", streams.streams(year));
    model.addAttribute("nextStreams", streams.streams(year.next()));
    return "funding/budget";
  }

  private FinancialYear chosen(String year) {
    if (year != null && !year.isBlank()) {
      try {
        return FinancialYear.parse(year);
      } catch (IllegalArgumentException e) {
        // fall through to the latest year with a budget
      }
    }
    List<FinancialYear> years = budgets.years();
    return years.isEmpty()
        ? FinancialYear.containing(java.time.LocalDate.now(clock))
        : years.get(0);
  }

  private static String plain(Money money) {
    return money == null ? "" : money.plain();
  }
}
