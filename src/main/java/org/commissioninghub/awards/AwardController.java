package org.commissioninghub.awards;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.PrioritiesServed;
import org.commissioninghub.shared.Refusals;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AwardController {

  private final AuditLog audit;
  private final java.util.List<AwardUses> uses;
  private final java.util.List<PrioritiesServed> served;

  private final Awards awards;
  private final Organisations organisations;
  private final FundingStreams streams;

  AwardController(
      Awards awards,
      Organisations organisations,
      FundingStreams streams,
      AuditLog audit,
      java.util.List<AwardUses> uses,
      java.util.List<PrioritiesServed> served) {
    this.audit = audit;
    this.uses = uses;
    this.served = served;
    this.awards = awards;
    this.organisations = organisations;
    this.streams = streams;
  }

  @ModelAttribute("organisationOptions")
  Map<String, String> organisationOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    organisations.list().forEach(o -> options.put(o.publicId(), o.name()));
    return options;
  }

  @ModelAttribute("streamOptions")
  Map<String, String> streamOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    streams.streams(null).forEach(s -> options.put(s.publicId(), s.year() + " – " + s.name()));
    return options;
  }

  @ModelAttribute("kinds")
  Map<String, String> kinds() {
    Map<String, String> options = new LinkedHashMap<>();
    Arrays.stream(AwardKind.values()).forEach(k -> options.put(k.name(), k.label()));
    return options;
  }

  @ModelAttribute("statuses")
  Map<String, String> statuses() {
    Map<String, String> options = new LinkedHashMap<>();
    Arrays.stream(AwardStatus.values()).forEach(k -> options.put(k.name(), k.label()));
    return options;
  }

  @GetMapping("/awards")
  String list(@RequestParam(required = false) String year, Model model) {
    List<FinancialYear> years = streams.years();
    FinancialYear selected =
        year == null || year.isBlank()
            ? (years.isEmpty() ? null : years.get(0))
            : FinancialYear.parse(year);
    model.addAttribute("years", years);
    model.addAttribute("year", selected);
    model.addAttribute("awards", awards.list(selected));
    return "awards/list";
  }

  @GetMapping("/awards/{id}")
  String show(@PathVariable String id, Model model) {
    AwardView award = awards.get(id);
    model.addAttribute("award", award);
    model.addAttribute("history", audit.forEntity("award", id));
    model.addAttribute("uses", uses.stream().flatMap(u -> u.of(award.id()).stream()).toList());
    model.addAttribute(
        "served", served.stream().flatMap(p -> p.of("award", award.publicId()).stream()).toList());
    areas(model, id);
    if (!model.containsAttribute("line")) {
      model.addAttribute("line", new LineForm());
    }
    return "awards/show";
  }

  @GetMapping("/awards/new")
  String newForm(Model model) {
    model.addAttribute("form", new AwardForm());
    return "awards/form";
  }

  @PostMapping("/awards")
  String create(
      @ModelAttribute("form") AwardForm form, BindingResult errors, RedirectAttributes flash) {
    return Refusals.onForm(
        errors,
        () -> {
          AwardResult result = awards.create(form.toRequest(true).toCommand());
          flash.addFlashAttribute(
              "success",
              "The award to " + result.award().organisationName() + " has been recorded");
          flash.addFlashAttribute("warnings", result.warnings());
          return "redirect:/awards/" + result.award().publicId();
        },
        () -> "awards/form");
  }

  @GetMapping("/awards/{id}/edit")
  String editForm(@PathVariable String id, Model model) {
    AwardView award = awards.get(id);
    model.addAttribute("award", award);
    model.addAttribute("form", AwardForm.from(award));
    return "awards/form";
  }

  @PostMapping("/awards/{id}")
  String update(
      @PathVariable String id,
      @ModelAttribute("form") AwardForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes flash) {
    return Refusals.onForm(
        errors,
        () -> {
          awards.update(id, form.getVersion(), form.toRequest(false).toHeader());
          flash.addFlashAttribute("success", "The award has been updated");
          return "redirect:/awards/" + id;
        },
        () -> {
          model.addAttribute("award", awards.get(id));
          return "awards/form";
        });
  }

  @PostMapping("/awards/{id}/lines")
  String addLine(
      @PathVariable String id,
      @ModelAttribute("line") LineForm line,
      BindingResult errors,
      Model model,
      RedirectAttributes flash) {
    return Refusals.onForm(
        errors,
        () -> {
          AwardResult result = awards.addLine(id, line.toRequest().toCommand());
          flash.addFlashAttribute("success", "The line has been added");
          flash.addFlashAttribute("warnings", result.warnings());
          return "redirect:/awards/" + id;
        },
        () -> {
          model.addAttribute("award", awards.get(id));
          areas(model, id);
          return "awards/show";
        });
  }

  @PostMapping("/awards/{id}/areas")
  String setAreas(
      @PathVariable String id,
      @RequestParam(required = false) List<String> areas,
      Authentication auth,
      RedirectAttributes flash) {
    String back = "/awards/" + id + "#areas";
    return Refusals.asWarning(
        flash,
        () -> {
          List<DeliveryArea> set = awards.setAreas(auth.getName(), id, areas);
          flash.addFlashAttribute(
              "success",
              "Delivered in "
                  + (set.isEmpty()
                      ? DeliveryArea.EVERYWHERE
                      : String.join(", ", set.stream().map(DeliveryArea::label).toList())));
          return "redirect:" + back;
        },
        back);
  }

  private void areas(Model model, String id) {
    model.addAttribute("areas", awards.areasOf(id));
    model.addAttribute("allAreas", DeliveryArea.values());
  }

  @PostMapping("/awards/{id}/lines/{lineId}/remove")
  String removeLine(@PathVariable String id, @PathVariable long lineId, RedirectAttributes flash) {
    awards.removeLine(id, lineId);
    flash.addFlashAttribute("success", "The line has been removed");
    return "redirect:/awards/" + id;
  }
}
