package org.commissioninghub.contracts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contracts", description = "Procured services with terms, extension options and lots")
class ContractApiController {

  private final Contracts contracts;

  ContractApiController(Contracts contracts) {
    this.contracts = contracts;
  }

  @GetMapping("/api/v1/contracts")
  @Operation(summary = "List contracts")
  List<ContractJson> list() {
    return contracts.list().stream().map(ContractJson::of).toList();
  }

  @GetMapping("/api/v1/contracts/{id}")
  @Operation(summary = "One contract")
  ContractJson get(@PathVariable String id) {
    return ContractJson.of(contracts.get(id));
  }

  @PostMapping("/api/v1/contracts")
  @Operation(summary = "Record a contract with its lots")
  ResponseEntity<ContractJson> create(@RequestBody ContractRequest request) {
    ContractJson created = ContractJson.of(contracts.create(request.toCommand()));
    return ResponseEntity.created(URI.create("/api/v1/contracts/" + created.id())).body(created);
  }

  @PutMapping("/api/v1/contracts/{id}")
  @Operation(summary = "Change a contract; version must match. Lots are replaced when given.")
  ContractJson update(
      @PathVariable String id, @RequestParam int version, @RequestBody ContractRequest request) {
    return ContractJson.of(contracts.update(id, version, request.toCommand()));
  }

  record LotJson(
      String lotName, String supplier, String supplierName, String value, String award) {}

  record ContractJson(
      String id,
      String title,
      String serviceDescription,
      String commissionedYear,
      LocalDate awardDate,
      LocalDate startDate,
      Integer initialTermMonths,
      LocalDate initialEndDate,
      Integer extensionMonths,
      int maxExtensions,
      LocalDate latestPossibleEnd,
      String annualValue,
      String totalValue,
      String paymentFrequency,
      String status,
      LocalDate endedOn,
      String notes,
      List<LotJson> lots,
      String procurementRoute,
      int noticeMonths,
      int recommissioningLeadMonths,
      String recommissioningStage,
      int version,
      boolean victimService) {

    static ContractJson of(ContractView c) {
      return new ContractJson(
          c.publicId(),
          c.title(),
          c.serviceDescription(),
          c.commissionedYear() == null ? null : c.commissionedYear().label(),
          c.awardDate(),
          c.startDate(),
          c.initialTermMonths(),
          c.initialEndDate(),
          c.extensionMonths(),
          c.maxExtensions(),
          c.latestPossibleEnd(),
          Money.plainOrNull(c.annualValue()),
          Money.plainOrNull(c.totalValue()),
          c.paymentFrequency() == null ? null : c.paymentFrequency().name(),
          c.status().name(),
          c.endedOn(),
          c.notes(),
          c.lots().stream()
              .map(
                  l ->
                      new LotJson(
                          l.lotName(),
                          l.supplierPublicId(),
                          l.supplierName(),
                          Money.plainOrNull(l.value()),
                          l.awardPublicId()))
              .toList(),
          c.procurementRoute() == null ? null : c.procurementRoute().name(),
          c.noticeMonths(),
          c.recommissioningLeadMonths(),
          c.recommissioningStage().name(),
          c.version(),
          c.victimService());
    }
  }
}
