package org.commissioninghub.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
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
  private final AuditLog audit;
  private final Clock clock;

  MonitoringReturns(MonitoringRepository repository, Awards awards, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.awards = awards;
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
    AwardView award = awards.get(awardPublicId);
    ReturnTemplate template =
        repository
            .template(code == null || code.isBlank() ? STANDARD_TEMPLATE : code.strip())
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "MONITORING-1", "template", "There is no return template " + code));
    List<ReturnPeriod> added = new ArrayList<>();
    for (ReturnPeriod period : periodsOf(award)) {
      if (!repository.exists(award.publicId(), period)) {
        repository.insert(
            award.publicId(),
            award.organisationId(),
            template.id(),
            period,
            period.dueOn(),
            username,
            OffsetDateTime.now(clock));
        added.add(period);
      }
    }
    if (!added.isEmpty()) {
      audit.record(
          "monitoring-return.issued",
          "award",
          award.publicId(),
          added.size()
              + " quarterly returns ("
              + template.name()
              + "), from "
              + added.get(0).label()
              + " to "
              + added.get(added.size() - 1).label());
    }
    return repository.returnsFor(award.publicId());
  }

  /** The quarters an award reports on. */
  static List<ReturnPeriod> periodsOf(AwardView award) {
    TreeSet<FinancialYear> years = new TreeSet<>();
    award.lines().stream().map(AwardLineView::year).forEach(years::add);
    List<ReturnPeriod> periods = new ArrayList<>();
    for (FinancialYear year : years) {
      for (int quarter = 1; quarter <= 4; quarter++) {
        ReturnPeriod period = new ReturnPeriod(year, quarter);
        boolean before = award.endDate() != null && period.start().isAfter(award.endDate());
        boolean after = award.startDate() != null && period.end().isBefore(award.startDate());
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

  /** Returns still owed and past their due date today, the longest overdue first. */
  @Transactional(readOnly = true)
  public List<MonitoringReturnView> overdue(Actor actor) {
    LocalDate today = LocalDate.now(clock);
    return returns(actor).stream().filter(r -> r.overdueOn(today)).toList();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
