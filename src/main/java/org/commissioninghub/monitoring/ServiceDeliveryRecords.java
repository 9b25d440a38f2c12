package org.commissioninghub.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.commissioninghub.shared.DeliveryRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each service's returns as the continuation and extension decisions see them: received on time
 * (first certified, or recorded as received, by the due date), accepted, and the officer's rating.
 */
@Component
class ServiceDeliveryRecords implements DeliveryRecords {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final MonitoringRepository repository;
  private final org.commissioninghub.contracts.Contracts contracts;

  ServiceDeliveryRecords(
      MonitoringRepository repository, org.commissioninghub.contracts.Contracts contracts) {
    this.repository = repository;
    this.contracts = contracts;
  }

  @Override
  @Transactional(readOnly = true)
  public List<QuarterDelivery> forAward(String awardPublicId) {
    return repository.serviceForAward(awardPublicId).map(this::of).orElse(List.of());
  }

  @Override
  @Transactional(readOnly = true)
  public List<QuarterDelivery> forContract(String contractPublicId) {
    // A contract monitored through the award that funds it reports under that award.
    return repository
        .serviceForContract(contractPublicId)
        .map(this::of)
        .orElseGet(
            () ->
                contracts.get(contractPublicId).lots().stream()
                    .map(org.commissioninghub.contracts.ContractLotView::awardPublicId)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .flatMap(award -> forAward(award).stream())
                    .toList());
  }

  private List<QuarterDelivery> of(MonitoredService service) {
    List<MonitoringReturnView> returns = repository.returnsOfService(service.id());
    Map<Long, OffsetDateTime> received =
        repository.firstCertified(returns.stream().map(MonitoringReturnView::id).toList());
    return returns.stream()
        .map(
            r -> {
              OffsetDateTime at = received.get(r.id());
              LocalDate on = at == null ? null : at.atZoneSameInstant(UK).toLocalDate();
              return new QuarterDelivery(
                  r.id(),
                  r.period().label(),
                  r.dueOn(),
                  r.status().label(),
                  r.status() == ReturnStatus.ACCEPTED,
                  on,
                  on == null ? null : !on.isAfter(r.dueOn()),
                  r.rag() == null ? null : r.rag().label(),
                  r.rag() == null ? null : r.rag().tagClass(),
                  r.ragReason());
            })
        .toList();
  }
}
