package org.commissioninghub.reporting;

import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.FieldIds;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.Refusals;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Papers to the Police and Crime Panel on chosen payments over £500: the list and a new paper, the
 * paper itself (printable) with its table as CSV and XLSX, and the page where an officer chooses
 * its payments.
 */
@Controller
class PanelPaperController {

  /** Paragraphs 2 and 3 of seeds/001, which any such paper starts with. */
  static final String DEFAULT_INTRODUCTION =
      """
      In accordance with The Elected Local Policing Bodies (Specified Information) Order 2011, the \
      Office of the Police and Crime Commissioner (OPCC) also publishes all expenditure over £500 \
      via the website.

      Further to previous reports, this paper provides examples of how recent published \
      expenditure supports delivery of the Police and Crime Plan priorities.""";

  private final PanelPapers papers;
  private final Downloads downloads;

  PanelPaperController(PanelPapers papers, Downloads downloads) {
    this.papers = papers;
    this.downloads = downloads;
  }

  @GetMapping("/reports/panel-papers")
  String list(Model model) {
    model.addAttribute("papers", papers.list());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new PanelPapers.Details("", "", DEFAULT_INTRODUCTION));
    }
    return "reporting/panel-papers";
  }

  @PostMapping("/reports/panel-papers")
  String create(
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String meetingDate,
      @RequestParam(required = false) String introduction,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    PanelPapers.Details form = new PanelPapers.Details(title, meetingDate, introduction);
    return Refusals.onPageConflictsApart(
        model,
        () -> {
          long id = papers.create(auth.getName(), form);
          redirect.addFlashAttribute("success", "Paper started: now choose its payments");
          return "redirect:/reports/panel-papers/" + id + "/edit";
        },
        () -> {
          model.addAttribute("form", form);
          return list(model);
        });
  }

  @GetMapping("/reports/panel-papers/{id}")
  String paper(@PathVariable long id, Model model) {
    model.addAttribute("paper", papers.get(id));
    return "reporting/panel-paper";
  }

  @GetMapping("/reports/panel-papers/{id}.csv")
  ResponseEntity<byte[]> csv(@PathVariable long id) {
    return downloads.csv(table(papers.get(id)).csv(), "panel-paper-" + id + ".csv");
  }

  @GetMapping("/reports/panel-papers/{id}.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id) {
    return downloads.xlsx(table(papers.get(id)).xlsx("Panel paper"), "panel-paper-" + id + ".xlsx");
  }

  @GetMapping("/reports/panel-papers/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    PanelPaper paper = papers.get(id);
    model.addAttribute("paper", paper);
    model.addAttribute("choosable", papers.choosable(id));
    model.addAttribute("selectors", PanelSelector.values());
    if (!model.containsAttribute("details")) {
      model.addAttribute(
          "details",
          new PanelPapers.Details(
              paper.title(),
              paper.meetingDate() == null ? "" : paper.meetingDate().toString(),
              paper.introduction() == null ? "" : paper.introduction()));
    }
    if (!model.containsAttribute("choice")) {
      model.addAttribute("choice", new PanelPapers.Choice("", "", "", ""));
    }
    return "reporting/panel-paper-edit";
  }

  @PostMapping("/reports/panel-papers/{id}")
  String update(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String meetingDate,
      @RequestParam(required = false) String introduction,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    PanelPapers.Details form = new PanelPapers.Details(title, meetingDate, introduction);
    return Refusals.onPageConflictsApart(
        model,
        () -> {
          papers.update(auth.getName(), id, version, form);
          redirect.addFlashAttribute("success", "The paper's details are saved");
          return "redirect:/reports/panel-papers/" + id + "/edit";
        },
        () -> {
          model.addAttribute("details", form);
          return edit(id, model);
        });
  }

  @PostMapping("/reports/panel-papers/{id}/payments")
  String add(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(required = false) String payment,
      @RequestParam(required = false) String selectedBy,
      @RequestParam(required = false) String contract,
      @RequestParam(required = false) String outcome,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    PanelPapers.Choice choice = new PanelPapers.Choice(payment, selectedBy, contract, outcome);
    return Refusals.onPageConflictsApart(
        model,
        () -> {
          papers.add(auth.getName(), id, version, choice);
          redirect.addFlashAttribute(
              "success", "Payment " + payment.strip() + " added to the paper");
          return "redirect:/reports/panel-papers/" + id + "/edit";
        },
        () -> {
          model.addAttribute("choice", choice);
          return edit(id, model);
        });
  }

  @PostMapping("/reports/panel-papers/{id}/payments/{item}")
  String change(
      @PathVariable long id,
      @PathVariable long item,
      @RequestParam int version,
      @RequestParam(required = false) String selectedBy,
      @RequestParam(required = false) String contract,
      @RequestParam(required = false) String outcome,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    PanelPapers.Choice choice = new PanelPapers.Choice(null, selectedBy, contract, outcome);
    return Refusals.onPageConflictsApart(
        model,
        () -> {
          papers.change(auth.getName(), id, item, version, choice);
          redirect.addFlashAttribute("success", "The payment's details are saved");
          return "redirect:/reports/panel-papers/" + id + "/edit";
        },
        () -> {
          FieldIds.show(model, underItem(item, model));
          model.addAttribute("failedItem", item);
          model.addAttribute("failedChoice", choice);
          return edit(id, model);
        });
  }

  /**
   * The problems shown, named apart from the other payments' fields: each payment in the paper has
   * its own form, so "selectedBy" of item 7 is "items[7].selectedBy".
   */
  private static List<FieldProblem> underItem(long item, Model model) {
    List<FieldProblem> named = new ArrayList<>();
    if (model.getAttribute("problems") instanceof List<?> shown) {
      for (Object o : shown) {
        FieldIds.Shown p = (FieldIds.Shown) o;
        String field =
            p.field() == null || p.field().isBlank() ? "" : "items[" + item + "]." + p.field();
        named.add(new FieldProblem(field, p.message()));
      }
    }
    return named;
  }

  @PostMapping("/reports/panel-papers/{id}/payments/{item}/remove")
  String remove(
      @PathVariable long id,
      @PathVariable long item,
      @RequestParam int version,
      Authentication auth,
      RedirectAttributes redirect) {
    papers.remove(auth.getName(), id, item, version);
    redirect.addFlashAttribute("success", "The payment is taken out of the paper");
    return "redirect:/reports/panel-papers/" + id + "/edit";
  }

  /** The paper's table, one row a payment, as the CSV and the spreadsheet have it. */
  static ReportTable table(PanelPaper paper) {
    ReportTable table =
        new ReportTable(
            "Payment",
            "Date",
            "Payee",
            "Amount",
            "Financial year",
            "Selected by",
            "Fund, programme or contract",
            "Award or contract",
            "Purpose",
            "Outcomes");
    for (PanelPaper.Item i : paper.items()) {
      table.row(
          i.paymentId(),
          i.date(),
          i.payee(),
          i.amount(),
          i.year().label(),
          i.selectedBy().label(),
          i.source(),
          i.sourceReference(),
          i.purpose(),
          i.outcomes().isEmpty() ? null : i.outcomes());
    }
    table.row("Total", null, null, paper.total(), null, null, null, null, null, null);
    return table;
  }
}
