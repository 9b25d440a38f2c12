package org.commissioninghub.contracts;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
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
class ContractController {

  private final AuditLog audit;

  private final Contracts contracts;
  private final Organisations organisations;
  private final ContractLifecycle lifecycle;
  private final java.time.Clock clock;
  private final org.commissioninghub.shared.DeliveryRecords delivery;
  private final List<org.commissioninghub.shared.PrioritiesServed> served;

  ContractController(
      Contracts contracts,
      Organisations organisations,
      AuditLog audit,
      ContractLifecycle lifecycle,
      java.time.Clock clock,
      org.commissioninghub.shared.DeliveryRecords delivery,
      List<org.commissioninghub.shared.PrioritiesServed> served) {
    this.delivery = delivery;
    this.served = served;
    this.lifecycle = lifecycle;
    this.clock = clock;
    this.audit = audit;
    this.contracts = contracts;
    this.organisations = organisations;
  }

  @ModelAttribute("organisationOptions")
  Map<String, String> organisationOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    organisations.list().forEach(o -> options.put(o.publicId(), o.name()));
    return options;
  }

  @ModelAttribute("frequencies")
  Map<String, String> frequencies() {
    Map<String, String> options = new LinkedHashMap<>();
    Arrays.stream(PaymentFrequency.values()).forEach(f -> options.put(f.name(), f.label()));
    return options;
  }

  @ModelAttribute("statuses")
  Map<String, String> statuses() {
    Map<String, String> options = new LinkedHashMap<>();
    Arrays.stream(ContractStatus.values()).forEach(f -> options.put(f.name(), f.label()));
    return options;
  }

  @ModelAttribute("routes")
  Map<String, String> routes() {
    Map<String, String> options = new LinkedHashMap<>();
    Arrays.stream(ProcurementRoute.values()).forEach(r -> options.put(r.name(), r.label()));
    return options;
  }

  @GetMapping("/contracts")
  String list(Model model) {
    model.addAttribute("contracts", contracts.list());
    return "contracts/list";
  }

  @GetMapping("/contracts/{id}")
  String show(@PathVariable String id, Model model) {
    ContractView contract = contracts.get(id);
    List<ExtensionDecision> decisions = lifecycle.extensions(id);
    ContractTerm term = ContractTerm.of(contract, decisions);
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    model.addAttribute("contract", contract);
    model.addAttribute(
        "served",
        served.stream().flatMap(p -> p.of("contract", contract.publicId()).stream()).toList());
    model.addAttribute("term", term);
    model.addAttribute("options", term.openOptions(contract));
    model.addAttribute("decisions", decisions);
    model.addAttribute("variations", lifecycle.variations(id));
    model.addAttribute("board", ContractLifecycle.row(contract, term, today));
    Map<String, String> stages = new LinkedHashMap<>();
    Arrays.stream(RecommissioningStage.values()).forEach(s -> stages.put(s.name(), s.label()));
    model.addAttribute("stages", stages);
    model.addAttribute("history", audit.forEntity("contract", id));
    var quarters = delivery.forContract(id);
    model.addAttribute("quarters", quarters);
    model.addAttribute(
        "deliverySummary", org.commissioninghub.shared.DeliveryRecords.summary(quarters));
    return "contracts/show";
  }

  @GetMapping("/contracts/new")
  String newForm(Model model) {
    model.addAttribute("form", new ContractForm());
    return "contracts/form";
  }

  @PostMapping("/contracts")
  String create(
      @ModelAttribute("form") ContractForm form, BindingResult errors, RedirectAttributes flash) {
    return Refusals.onForm(
        errors,
        () -> {
          ContractView created = contracts.create(form.toRequest().toCommand());
          flash.addFlashAttribute("success", created.title() + " has been recorded");
          return "redirect:/contracts/" + created.publicId();
        },
        () -> "contracts/form");
  }

  @GetMapping("/contracts/{id}/edit")
  String editForm(@PathVariable String id, Model model) {
    ContractView contract = contracts.get(id);
    model.addAttribute("contract", contract);
    model.addAttribute("form", ContractForm.from(contract));
    return "contracts/form";
  }

  @PostMapping("/contracts/{id}")
  String update(
      @PathVariable String id,
      @ModelAttribute("form") ContractForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes flash) {
    return Refusals.onForm(
        errors,
        () -> {
          contracts.update(id, form.getVersion(), form.toRequest().toCommand());
          flash.addFlashAttribute("success", "The contract has been updated");
          return "redirect:/contracts/" + id;
        },
        () -> {
          model.addAttribute("contract", contracts.get(id));
          return "contracts/form";
        });
  }
}
