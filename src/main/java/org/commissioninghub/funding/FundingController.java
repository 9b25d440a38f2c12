package org.commissioninghub.funding;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class FundingController {

  private final AuditLog audit;

  private final FundingStreams streams;
  private final Organisations organisations;

  FundingController(FundingStreams streams, Organisations organisations, AuditLog audit) {
    this.audit = audit;
    this.streams = streams;
    this.organisations = organisations;
  }

  @ModelAttribute("sources")
  Map<String, String> sources() {
    Map<String, String> options = new LinkedHashMap<>();
    streams
        .sources()
        .forEach(s -> options.put(s.publicId(), s.name() + " (" + s.body().label() + ")"));
    return options;
  }

  @ModelAttribute("holders")
  Map<String, String> holders() {
    Map<String, String> options = new LinkedHashMap<>();
    organisations.list().forEach(o -> options.put(o.publicId(), o.name()));
    return options;
  }

  @GetMapping("/funding/streams/{id}")
  String show(@PathVariable String id, Model model) {
    FundingStreamView stream = streams.get(id);
    model.addAttribute("stream", stream);
    model.addAttribute("holder", holderOf(stream));
    model.addAttribute("history", audit.forEntity("funding-stream", id));
    StreamTerms terms = streams.terms(id);
    if (!model.containsAttribute("typedTerms")) {
      model.addAttribute(
          "typedTerms",
          new StreamTermsCommand(
              terms.ceasesOn() == null ? "" : terms.ceasesOn().toString(),
              terms.reportedAs(),
              terms.carryForwardAllowed(),
              terms.unspentReturned()));
    }
    model.addAttribute("terms", terms);
    return "funding/show";
  }

  /** When the funder's commitment ends, how the stream is reported, and its year-end rule. */
  @PostMapping("/funding/streams/{id}/terms")
  String terms(
      @PathVariable String id,
      @org.springframework.web.bind.annotation.RequestParam Map<String, String> form,
      Model model,
      org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
    StreamTermsCommand command =
        new StreamTermsCommand(
            form.get("ceasesOn"),
            form.get("reportedAs"),
            "CARRY_FORWARD".equals(form.get("unspent")),
            "RETURN".equals(form.get("unspent")));
    return Refusals.onPage(
        model,
        () -> {
          streams.recordTerms(id, command);
          flash.addFlashAttribute("success", "The stream's terms have been saved");
          return "redirect:/funding/streams/" + id;
        },
        () -> {
          model.addAttribute("typedTerms", command);
          return show(id, model);
        });
  }

  @GetMapping("/funding/streams/new")
  String newForm(Model model) {
    model.addAttribute("form", new StreamForm());
    return "funding/form";
  }

  @PostMapping("/funding/streams")
  String create(
      @ModelAttribute("form") StreamForm form, BindingResult errors, RedirectAttributes flash) {
    return Refusals.onForm(
        errors,
        () -> {
          FundingStreamView created = streams.create(form.toRequest().toCommand());
          flash.addFlashAttribute(
              "success", created.name() + " " + created.year() + " has been added");
          return "redirect:/funding/streams/" + created.publicId();
        },
        () -> "funding/form");
  }

  @GetMapping("/funding/streams/{id}/edit")
  String editForm(@PathVariable String id, Model model) {
    FundingStreamView stream = streams.get(id);
    OrganisationView holder = holderOf(stream);
    model.addAttribute("stream", stream);
    model.addAttribute("form", StreamForm.from(stream, holder == null ? null : holder.publicId()));
    return "funding/form";
  }

  @PostMapping("/funding/streams/{id}")
  String update(
      @PathVariable String id,
      @ModelAttribute("form") StreamForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes flash) {
    return Refusals.onForm(
        errors,
        () -> {
          streams.update(id, form.getVersion(), form.toRequest().toCommand());
          flash.addFlashAttribute("success", "The funding stream has been updated");
          return "redirect:/funding/streams/" + id;
        },
        () -> {
          model.addAttribute("stream", streams.get(id));
          return "funding/form";
        });
  }

  private OrganisationView holderOf(FundingStreamView stream) {
    return stream.holderOrganisationId() == null
        ? null
        : organisations.get(stream.holderOrganisationId());
  }
}
