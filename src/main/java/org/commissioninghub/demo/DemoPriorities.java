package org.commissioninghub.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.DataQualityNotes;
import org.commissioninghub.audit.DataQualityNotes.DataQualityNote;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.priorities.ActionPlans;
import org.commissioninghub.priorities.ActionRequest;
import org.commissioninghub.priorities.ActionStatus;
import org.commissioninghub.priorities.ActionView;
import org.commissioninghub.priorities.AssessmentRequest;
import org.commissioninghub.priorities.ContextRequest;
import org.commissioninghub.priorities.HorizonItemRequest;
import org.commissioninghub.priorities.HorizonScan;
import org.commissioninghub.priorities.PlanRequest;
import org.commissioninghub.priorities.Priorities;
import org.commissioninghub.priorities.PriorityContexts;
import org.commissioninghub.priorities.RollOverRequest;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.CsvReader.Row;
import org.commissioninghub.shared.FinancialYear;
import org.springframework.stereotype.Component;

/**
 * The plans and strategic assessments of seeds/002: the Kent Community Safety Agreement (April 2024
 * and April 2025 versions, eight priorities with their leads, five cross-cutting themes), the PCC's
 * Making Kent Safer plan 2022–25 and Police and Crime Plan 2025–2029 on a page, and the 2024/25
 * strategic-assessment table counted from the twelve district CSPs' records.
 */
@Component
class DemoPriorities {

  private final Priorities priorities;
  private final ActionPlans actions;
  private final PriorityContexts contexts;
  private final HorizonScan horizon;
  private final Actors actors;
  private final DataQualityNotes notes;
  private final DemoFiles files;

  DemoPriorities(
      Priorities priorities,
      ActionPlans actions,
      PriorityContexts contexts,
      HorizonScan horizon,
      Actors actors,
      DataQualityNotes notes,
      DemoFiles files) {
    this.priorities = priorities;
    this.actions = actions;
    this.contexts = contexts;
    this.horizon = horizon;
    this.actors = actors;
    this.notes = notes;
    this.files = files;
  }

  void load(String location) {
    Actor officer = actors.byName("officer");
    Map<String, List<PlanRequest.ItemRequest>> items = new LinkedHashMap<>();
    for (Row row :
        files.read(location, "priority-plan-items.csv", List.of("plan", "kind", "title"))) {
      items
          .computeIfAbsent(row.get("plan"), k -> new ArrayList<>())
          .add(
              new PlanRequest.ItemRequest(
                  row.get("kind"), row.get("title"), row.get("includes"), row.get("lead")));
    }
    for (Row row :
        files.read(
            location,
            "priority-plans.csv",
            List.of("key", "kind", "title", "owner", "version", "effective_from"))) {
      DemoFiles.located(
          row,
          () ->
              priorities.recordPlan(
                  officer,
                  new PlanRequest(
                          row.get("key"),
                          row.get("kind"),
                          row.get("title"),
                          row.get("owner"),
                          row.get("version"),
                          row.get("effective_from"),
                          row.get("period_end"),
                          row.get("changes"),
                          items.getOrDefault(row.get("key"), List.of()))
                      .toCommand()));
    }
    for (Row row :
        files.read(
            location, "strategic-assessments.csv", List.of("year", "csp", "issue", "named_as"))) {
      DemoFiles.located(
          row,
          () ->
              priorities.recordAssessment(
                  officer,
                  new AssessmentRequest(
                          row.get("year"),
                          row.get("csp"),
                          row.get("issue"),
                          row.get("named_as"),
                          true)
                      .toCommand()));
    }
    actionPlans(location, officer);
    contexts.save(
        officer,
        FinancialYear.parse("2024/25"),
        "Preventing Neighbourhood Crime & ASB (Anti-Social Behaviour)",
        0,
        new ContextRequest(
                "In Kent, the prevalence of ASB has shown a marked decline over recent years; the large"
                    + " reduction over four years is attributed to the elevated volumes of 2021, when"
                    + " Covid-19 related incidents were counted as ASB.\n\nDuring 2024/25 reductions were"
                    + " seen across most districts and boroughs; ASB incidents are seasonal, higher between"
                    + " April and September.",
                String.join(
                    "\n",
                    "Adults experiencing or witnessing ASB, England and Wales | 35% | Crime Survey for"
                        + " England and Wales, year ending March 2025",
                    "Change in reported ASB incidents in Kent on 2023/24 | -4.9% (1,392 fewer) | Kent"
                        + " Police (seeds/002 Appendix B)",
                    "Rowdy or nuisance gatherings, share of Kent ASB incidents | 31.4% (8,508) | Kent"
                        + " Police (seeds/002 Appendix B)",
                    "Drunken or rowdy behaviour, share of Kent ASB incidents | 21.5% (5,821) | Kent Police"
                        + " (seeds/002 Appendix B)"))
            .toCommand());
    for (Row row : files.read(location, "horizon-scan.csv", List.of("year", "category", "title"))) {
      DemoFiles.located(
          row,
          () ->
              horizon.add(
                  officer,
                  new HorizonItemRequest(
                          row.get("year"), row.get("category"), row.get("title"), row.get("note"))
                      .toCommand()));
    }
    notes.record(
        new DataQualityNote(
            "strategic-assessment",
            "2024/25",
            "which CSPs",
            "\"Priority / No. of CSPs\": ASB / Environmental 12 ... Road Safety 2, from the twelve"
                + " district CSPs",
            "each issue named by that many of the twelve CSPs, taken in turn; each CSP's first four"
                + " issues as main priorities, the next three as cross-cutting themes, the rest as"
                + " part of a broader theme",
            "seeds/002 Appendix A",
            "Illustrative: the table gives counts, not which CSPs named each issue or how. The"
                + " records are marked illustrative; the counts are the table's."));
    notes.record(
        new DataQualityNote(
            "priority-plan",
            "kent-csa",
            "versions",
            "versions 1.0 (April 2017) and 2.0-7.0 (April 2018 to April 2023)",
            "versions 1.0 to 7.0 reconstructed from the year-by-year changes of §7.5, working back"
                + " from the April 2024 priorities and themes",
            "seeds/002 Version Control and §7.5",
            "The seed gives versions 1.0 to 7.0 only as changes; their full lists of priorities"
                + " and themes are the demo's reconstruction (it assumes nothing changed that §7.5"
                + " does not mention)."));
  }

  /**
   * The 2024/25 actions of each priority with their year-end summaries; the 2025/26 plan: the
   * actions the seed lists for a priority, and for the others the unfinished 2024/25 actions,
   * carried forward through the same roll-over an officer uses.
   */
  private void actionPlans(String location, Actor officer) {
    List<Row> rows =
        files.read(location, "csa-actions.csv", List.of("year", "priority", "title", "status"));
    java.util.Set<String> listedNextYear = new java.util.HashSet<>();
    for (Row row : rows) {
      if (row.get("year").equals("2025/26")) {
        listedNextYear.add(row.get("priority"));
      }
    }
    List<Long> carry = new ArrayList<>();
    for (Row row : rows) {
      if (!row.get("year").equals("2024/25")) {
        continue;
      }
      DemoFiles.located(
          row,
          () -> {
            ActionView a = actions.add(officer, command("kent-csa-8-0", row).toCommand());
            if (a.status().unfinished() && !listedNextYear.contains(a.priority())) {
              carry.add(a.id());
            }
          });
    }
    actions.rollOver(officer, new RollOverRequest("2024/25", "kent-csa-9-0", carry).toCommand());
    for (Row row : rows) {
      if (row.get("year").equals("2025/26")) {
        DemoFiles.located(
            row, () -> actions.add(officer, command("kent-csa-9-0", row).toCommand()));
      }
    }
    notes.record(
        new DataQualityNote(
            "csa-action",
            "2024/25",
            "status",
            "each action's \"Summary of Partnership Activity – Year End 2024/25\"",
            "Ongoing where the summary says the work is ongoing or continuing, otherwise Complete;"
                + " "
                + ActionStatus.values().length
                + " statuses are available",
            "seeds/002 Appendix B",
            "The action tables give a year-end summary but no status, owner or target date; the"
                + " status is read from the summary and the owner is the priority's lead."));
  }

  private static ActionRequest command(String plan, Row row) {
    return new ActionRequest(
        plan,
        row.get("priority"),
        row.get("year"),
        row.get("title"),
        row.get("owner"),
        null,
        null,
        row.get("status"),
        row.get("year_end_summary"));
  }
}
