package org.commissioninghub.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.contracts.ContractLotView;
import org.commissioninghub.contracts.ContractView;
import org.commissioninghub.contracts.Contracts;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring feature's public API: the measures and templates, and the quarterly returns each
 * award owes with their due dates.
 */
@Service
public class MonitoringReturns {

  public static final String STANDARD_TEMPLATE = "victim-services";

  private final MonitoringRepository repository;
  private final Awards awards;
  private final Contracts contracts;
  private final Organisations organisations;
  private final ReturnTemplates templates;
  private final AuditLog audit;
  private final Clock clock;

  MonitoringReturns(
      MonitoringRepository repository,
      Awards awards,
      Contracts contracts,
      Organisations organisations,
      ReturnTemplates templates,
      AuditLog audit,
      Clock clock) {
    this.templates = templates;
    this.repository = repository;
    this.awards = awards;
    this.contracts = contracts;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<MetricDefinition> measures() {
    return repository.measures();
  }

  @Transactional(readOnly = true)
  public List<ReturnTemplate> templates() {
    return repository.templates();
  }

  @Transactional(readOnly = true)
  public ReturnTemplate template(String code) {
    return repository
        .template(code)
        .orElseThrow(() -> new NotFoundException("return template", code));
  }

  /**
   * Issues an award's quarterly returns: one for each quarter of each financial year it has money
   * in, within the award's dates where they are recorded. Issuing again adds only what is missing.
   */
  @Transactional
  public List<MonitoringReturnView> issueFor(String username, String awardPublicId, String code) {
    return issueFor(username, awardPublicId, code, null, null);
  }

  /**
   * As {@link #issueFor(String, String, String)}, saying what the service specialises in and
   * whether it counts in the victim-services totals; null keeps what the service has (a new
   * service: other specialist support, counted as a victim service).
   */
  @Transactional
  public List<MonitoringReturnView> issueFor(
      String username,
      String awardPublicId,
      String code,
      ServiceSpecialism specialism,
      Boolean victimService) {
    AwardView award = awards.get(awardPublicId);
    // Without a choice, a service keeps its return; a new one makes its programme's.
    ReturnTemplate template =
        templateNamed(
            code == null || code.isBlank()
                ? repository
                    .serviceForAward(award.publicId())
                    .map(MonitoredService::templateCode)
                    .orElseGet(() -> templates.templateForProgramme(award.programme()).orElse(null))
                : code);
    MonitoredService service =
        repository
            .serviceForAward(award.publicId())
            .map(s -> reclassify(s, template, specialism, victimService))
            .orElseGet(
                () ->
                    service(
                        repository.insertService(
                            award.publicId(),
                            null,
                            award.title(),
                            award.organisationId(),
                            template.id(),
                            specialism == null ? ServiceSpecialism.OTHER : specialism,
                            victimService == null || victimService,
                            OffsetDateTime.now(clock))));
    issue(username, service, template, periodsOf(award), "award", award.publicId());
    return repository.returnsOfService(service.id());
  }

  /**
   * Issues a contract's quarterly returns for one financial year, within the contract's dates. The
   * provider is the contract's supplier; a contract with no named supplier gets returns that
   * officers record from what the provider sends.
   */
  @Transactional
  public List<MonitoringReturnView> issueForContract(
      String username,
      String contractPublicId,
      FinancialYear year,
      String code,
      ServiceSpecialism specialism,
      Boolean victimService) {
    ContractView contract = contracts.get(contractPublicId);
    ReturnTemplate template =
        templateNamed(
            code == null || code.isBlank()
                ? repository
                    .serviceForContract(contract.publicId())
                    .map(MonitoredService::templateCode)
                    .orElse(null)
                : code);
    List<String> suppliers =
        contract.lots().stream()
            .map(ContractLotView::supplierPublicId)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    if (suppliers.size() > 1) {
      throw InvalidInputException.of(
          "MONITORING-2",
          "contract",
          contract.title()
              + " is let in lots to "
              + suppliers.size()
              + " suppliers: issue returns for each supplier's award instead");
    }
    Long organisationId = suppliers.isEmpty() ? null : organisations.get(suppliers.get(0)).id();
    MonitoredService service =
        repository
            .serviceForContract(contract.publicId())
            .map(s -> reclassify(s, template, specialism, victimService))
            .orElseGet(
                () ->
                    service(
                        repository.insertService(
                            null,
                            contract.publicId(),
                            contract.title(),
                            organisationId,
                            template.id(),
                            specialism == null ? ServiceSpecialism.OTHER : specialism,
                            victimService == null || victimService,
                            OffsetDateTime.now(clock))));
    LocalDate end = contract.endedOn() != null ? contract.endedOn() : contract.latestPossibleEnd();
    List<ReturnPeriod> periods = within(List.of(year), contract.startDate(), end);
    if (periods.isEmpty()) {
      throw InvalidInputException.of(
          "MONITORING-3",
          "year",
          contract.title() + " does not run in " + year.label() + ", so it owes no returns for it");
    }
    issue(username, service, template, periods, "contract", contract.publicId());
    return repository.returnsOfService(service.id());
  }

  /** Sets up returns as an officer asked; an award or contract that does not exist is named. */
  @Transactional
  public List<MonitoringReturnView> issue(String username, IssueCommand command) {
    boolean award = command.award() != null;
    try {
      return award
          ? issueFor(
              username,
              command.award(),
              command.template(),
              command.specialism(),
              command.victimService())
          : issueForContract(
              username,
              command.contract(),
              command.year(),
              command.template(),
              command.specialism(),
              command.victimService());
    } catch (NotFoundException e) {
      throw InvalidInputException.of(
          "MONITORING-1",
          award ? "award" : "contract",
          "There is no " + (award ? "award " + command.award() : "contract " + command.contract()));
    }
  }

  @Transactional(readOnly = true)
  public List<MonitoredService> services() {
    return repository.services();
  }

  @Transactional(readOnly = true)
  public MonitoredService service(long id) {
    return repository
        .service(id)
        .orElseThrow(() -> new NotFoundException("monitored service", String.valueOf(id)));
  }

  private MonitoredService reclassify(
      MonitoredService s, ReturnTemplate template, ServiceSpecialism specialism, Boolean victim) {
    ServiceSpecialism kept = specialism == null ? s.specialism() : specialism;
    boolean victimService = victim == null ? s.victimService() : victim;
    if (!template.code().equals(s.templateCode())
        || kept != s.specialism()
        || victimService != s.victimService()) {
      repository.updateService(s.id(), template.id(), kept, victimService);
      audit.record(
          "monitored-service.changed",
          "monitored-service",
          String.valueOf(s.id()),
          s.name()
              + ": "
              + template.name()
              + ", "
              + kept.label()
              + (victimService
                  ? ", counted as a victim service"
                  : ", not counted as a victim service"));
    }
    return service(s.id());
  }

  private void issue(
      String username,
      MonitoredService service,
      ReturnTemplate template,
      List<ReturnPeriod> periods,
      String subjectType,
      String subjectId) {
    List<ReturnPeriod> added = new ArrayList<>();
    for (ReturnPeriod period : periods) {
      if (!repository.exists(service.id(), period)) {
        repository.insert(
            service, template.id(), period, period.dueOn(), username, OffsetDateTime.now(clock));
        added.add(period);
      }
    }
    if (!added.isEmpty()) {
      audit.record(
          "monitoring-return.issued",
          subjectType,
          subjectId,
          added.size()
              + " quarterly returns ("
              + template.name()
              + "), from "
              + added.get(0).label()
              + " to "
              + added.get(added.size() - 1).label());
    }
  }

  private ReturnTemplate templateNamed(String code) {
    return repository
        .template(code == null || code.isBlank() ? STANDARD_TEMPLATE : code.strip())
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "MONITORING-1", "template", "There is no return template " + code));
  }

  /** The quarters an award reports on. */
  static List<ReturnPeriod> periodsOf(AwardView award) {
    TreeSet<FinancialYear> years = new TreeSet<>();
    award.lines().stream().map(AwardLineView::year).forEach(years::add);
    return within(years, award.startDate(), award.endDate());
  }

  /** The quarters of the given years that overlap the dates (either may be unknown). */
  static List<ReturnPeriod> within(
      java.util.Collection<FinancialYear> years, LocalDate start, LocalDate end) {
    List<ReturnPeriod> periods = new ArrayList<>();
    for (FinancialYear year : years) {
      for (int quarter = 1; quarter <= 4; quarter++) {
        ReturnPeriod period = new ReturnPeriod(year, quarter);
        boolean before = end != null && period.start().isAfter(end);
        boolean after = start != null && period.end().isBefore(start);
        if (!before && !after) {
          periods.add(period);
        }
      }
    }
    return periods;
  }

  /** Every return a user may see: a provider only its own organisation's. */
  @Transactional(readOnly = true)
  public List<MonitoringReturnView> returns(Actor actor) {
    return repository.returns(actor.isScoped() ? actor.organisationId() : null);
  }

  @Transactional(readOnly = true)
  public List<MonitoringReturnView> returnsFor(String awardPublicId) {
    return repository.returnsFor(awardPublicId);
  }

  /** A contract's returns, by quarter; none when it has not been set up for monitoring. */
  @Transactional(readOnly = true)
  public List<MonitoringReturnView> returnsForContract(String contractPublicId) {
    return repository
        .serviceForContract(contractPublicId)
        .map(s -> repository.returnsOfService(s.id()))
        .orElse(List.of());
  }

  /** Returns still owed and past their due date today, the longest overdue first. */
  @Transactional(readOnly = true)
  public List<MonitoringReturnView> overdue(Actor actor) {
    LocalDate today = LocalDate.now(clock);
    return returns(actor).stream().filter(r -> r.overdueOn(today)).toList();
  }

  /** The financial years that have returns, the latest first. */
  @Transactional(readOnly = true)
  public List<FinancialYear> yearsWithReturns() {
    return repository.years();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
