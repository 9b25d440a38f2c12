package org.commissioninghub.funding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Budget", description = "The PCC's budget by line, outturn and year-end decisions")
class BudgetApiController {

  private final Budgets budgets;

  BudgetApiController(Budgets budgets) {
    this.budgets = budgets;
  }

  @GetMapping("/api/v1/budget")
  @Operation(
      summary =
          "Budget, spend and variance by line for a year (e.g. 2019/20), with totals and the"
              + " year-end decisions")
  BudgetJson table(@RequestParam String year) {
    return BudgetJson.of(budgets.table(FinancialYear.parse(year)));
  }

  @PostMapping("/api/v1/budget/lines")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a budget line; amounts are strings like \"1345000.00\"")
  BudgetLineView create(@RequestBody BudgetLineRequest request) {
    return budgets.createLine(request.toCommand());
  }

  @PutMapping("/api/v1/budget/lines/{id}/outturn")
  @Operation(summary = "Record a line's spend from the finance system; version must match")
  BudgetLineView outturn(@PathVariable String id, @RequestBody OutturnRequest request) {
    return budgets.recordOutturn(
        id,
        request.version() == null ? -1 : request.version(),
        request.outturn(),
        request.source());
  }

  @PostMapping("/api/v1/budget/year-end")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Record a year-end decision on a budget line or a funding stream",
      description =
          "outcome: CARRY_FORWARD, TO_RESERVES, RETURN_TO_FUNDER or FROM_RESERVES (an overspent"
              + " line). A stream whose terms require unspent money to be returned can only"
              + " RETURN_TO_FUNDER; CARRY_FORWARD needs toStream, a stream of the next year.")
  YearEndDecisionView decide(@RequestBody YearEndRequest request, Authentication auth) {
    return budgets.decide(auth.getName(), request.toCommand());
  }

  record OutturnRequest(String outturn, String source, Integer version) {}

  record BudgetJson(
      String year,
      List<LineJson> lines,
      String totalBudget,
      String totalSpend,
      String totalVariance,
      List<YearEndDecisionView> decisions) {

    static BudgetJson of(BudgetTable t) {
      return new BudgetJson(
          t.year().label(),
          t.lines().stream().map(LineJson::of).toList(),
          t.totalBudget().plain(),
          t.totalOutturn() == null ? null : t.totalOutturn().plain(),
          t.totalVariance() == null ? null : t.totalVariance().plain(),
          t.decisions());
    }
  }

  record LineJson(
      String id,
      String name,
      String budget,
      String spend,
      String variance,
      String spendSource,
      int version) {

    static LineJson of(BudgetLineView l) {
      return new LineJson(
          l.publicId(),
          l.name(),
          l.budget().plain(),
          l.outturn() == null ? null : l.outturn().plain(),
          l.variance() == null ? null : l.variance().plain(),
          l.outturnSource(),
          l.version());
    }
  }
}
