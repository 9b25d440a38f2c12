package org.commissioninghub.demo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.contracts.ContractLotView;
import org.commissioninghub.contracts.ContractView;
import org.commissioninghub.contracts.Contracts;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.organisations.OrganisationCommand;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.payments.HoldRequest;
import org.commissioninghub.payments.LimitRequest;
import org.commissioninghub.payments.PaymentRequest;
import org.commissioninghub.payments.PaymentRunView;
import org.commissioninghub.payments.Payments;
import org.commissioninghub.payments.RunRequest;
import org.commissioninghub.payments.ScheduleRequest;
import org.commissioninghub.payments.ScheduledPaymentView;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The payments of seeds/001 (the Police and Crime Panel paper's expenditure over £500), exactly as
 * printed; two small payments the spend register must leave out (£500.00 and £350.00) and one to an
 * individual whose name it must withhold; approval limits; and quarterly schedules for the 2024/25
 * contracts (in arrears) and awards (in advance), with the first quarter paid in an approved run
 * and one second-quarter payment held until its monitoring return is accepted.
 */
@Component
class DemoPayments {

  static final FinancialYear YEAR = FinancialYear.parse("2024/25");
  private static final String SIKF_STREAM = "pcc-safer-in-kent-fund-2018-19";

  private final Payments payments;
  private final Awards awards;
  private final Contracts contracts;
  private final Organisations organisations;
  private final Actors actors;

  DemoPayments(
      Payments payments,
      Awards awards,
      Contracts contracts,
      Organisations organisations,
      Actors actors) {
    this.payments = payments;
    this.awards = awards;
    this.contracts = contracts;
    this.organisations = organisations;
    this.actors = actors;
  }

  void load() {
    Actor admin = actors.byName("admin");
    Actor finance = actors.byName("finance");
    Actor finance2 = actors.byName("finance2");
    payments.setLimit(admin, new LimitRequest("finance", "£250,000.00").toCommand());
    payments.setLimit(admin, new LimitRequest("finance2", "£5,000,000.00").toCommand());
    payments.setLimit(admin, new LimitRequest("admin", "£10,000,000.00").toCommand());
    seedPayments(finance);
    schedules(finance, finance2);
  }

  /** seeds/001, "expenditure over £500", and the small payments the register leaves out. */
  private void seedPayments(Actor finance) {
    saferInKentGrant(
        finance,
        "gravesham-network-development-cic",
        "2018-11-09",
        "SIKF-2018-001",
        "Youth music events in Gravesham",
        "Awarded £10,000 to deliver a minimum of 3 youth music events in Gravesham, bringing young"
            + " people from diverse backgrounds together to raise awareness of youth violence and"
            + " anti-social behaviour (seeds/001 §7)");
    saferInKentGrant(
        finance,
        "reform-restore-respect",
        "2018-11-14",
        "SIKF-2018-002",
        "I Didn't Know That! workshops challenging gang and knife behaviour in schools",
        "Awarded £10,000 to deliver 'I Didn't Know That!', challenging gang and knife behaviour in"
            + " Kent and Medway primary and secondary schools (seeds/001 §9)");
    if (!organisations.list().stream().anyMatch(o -> o.publicId().equals("i-three-analytics"))) {
      organisations.create(
          new OrganisationCommand(
                  "i-three-analytics",
                  "i-Three Analytics",
                  "COMPANY",
                  Set.of("THIRD_PARTY"),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  List.of("i-Three", "I-THREE ANALYTICS"))
              .toCommand(),
          false);
    }
    payments.record(
        finance,
        new PaymentRequest(
                "2019-01-30",
                "£20,000.00",
                "i-three-analytics",
                false,
                "VRC-2019-001",
                null,
                "Violence Reduction Challenge",
                "Big data analysis of Kent Police's violent crime data for the Violence Reduction"
                    + " Challenge",
                "EXPENDITURE",
                null,
                null,
                null,
                null)
            .toCommand());
    payments.record(
        finance,
        new PaymentRequest(
                "2019-04-25",
                "£112,422.87",
                "family-matters",
                false,
                "ISVA-2019-Q1",
                "moj-victim-services-grant-2019-20",
                "Victim services: sexual violence",
                "ISVA and CISVA services Q1 2019-20",
                "EXPENDITURE",
                null,
                null,
                null,
                "A county-wide ISVA and sexual violence service commissioned through open competition in"
                    + " autumn 2018 for consistency, to manage rising demand and for value for money"
                    + " (seeds/001 §23)")
            .toCommand());
    // Demo payments that are not in the seeds: the register must leave out £500.00 and less, and
    // must never name an individual.
    payments.record(
        finance,
        new PaymentRequest(
                "2019-01-15",
                "£500.00",
                "kent-police",
                false,
                "DEMO-2019-001",
                null,
                "Office costs",
                "Demo: room hire for the Safer in Kent Fund panel (exactly £500, not published)",
                "EXPENDITURE",
                null,
                null,
                null,
                null)
            .toCommand());
    payments.record(
        finance,
        new PaymentRequest(
                "2019-01-22",
                "£350.00",
                "kent-police",
                false,
                "DEMO-2019-002",
                null,
                "Office costs",
                "Demo: refreshments for the Violence Reduction Challenge workshop (under £500)",
                "EXPENDITURE",
                null,
                null,
                null,
                null)
            .toCommand());
    payments.record(
        finance,
        new PaymentRequest(
                "2019-02-11",
                "£750.00",
                "Jordan Demo-Individual",
                true,
                "DEMO-2019-003",
                null,
                "Independent members",
                "Demo: independent panel member's fee (an individual: name withheld)",
                "EXPENDITURE",
                null,
                null,
                null,
                null)
            .toCommand());
    soleTrader(finance);
  }

  /** A sole trader recorded as an organisation of type INDIVIDUAL: never named when published. */
  private void soleTrader(Actor finance) {
    organisations.create(
        new OrganisationCommand(
                "sam-demo-sole-trader",
                "Sam Demo-Sole-Trader",
                "INDIVIDUAL",
                Set.of("THIRD_PARTY"),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of())
            .toCommand(),
        false);
    payments.record(
        finance,
        new PaymentRequest(
                "2019-03-05",
                "£1,200.00",
                "sam-demo-sole-trader",
                false,
                "DEMO-2019-004",
                null,
                "Community engagement",
                "Demo: facilitating the Violence Reduction Challenge community workshops",
                "EXPENDITURE",
                null,
                null,
                null,
                null)
            .toCommand());
  }

  private void saferInKentGrant(
      Actor finance,
      String organisation,
      String date,
      String reference,
      String purpose,
      String reasons) {
    long orgId = organisations.get(organisation).id();
    AwardView award =
        awards.forOrganisation(orgId).stream()
            .filter(a -> a.lines().stream().anyMatch(l -> l.streamPublicId().equals(SIKF_STREAM)))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Safer in Kent Fund award for", organisation));
    AwardLineView line =
        award.lines().stream()
            .filter(l -> l.streamPublicId().equals(SIKF_STREAM))
            .findFirst()
            .orElseThrow();
    payments.record(
        finance,
        new PaymentRequest(
                date,
                "£10,000.00",
                organisation,
                false,
                reference,
                null,
                "Safer in Kent Fund",
                purpose,
                "CDR_GRANT",
                award.publicId(),
                String.valueOf(line.id()),
                "Grant agreement: deliver the project as bid, report on outcomes, return unspent funds",
                reasons)
            .toCommand());
  }

  /**
   * Contracts pay quarterly in arrears to the lot's supplier; the other 2024/25 awards quarterly in
   * advance. Crime reduction and Safer Streets grants are crime and disorder reduction grants.
   */
  private void schedules(Actor finance, Actor finance2) {
    Set<String> scheduled = new LinkedHashSet<>();
    for (ContractView contract : contracts.list()) {
      boolean funded =
          contract.lots().stream()
              .map(ContractLotView::awardPublicId)
              .anyMatch(
                  a ->
                      a != null
                          && awards.get(a).lines().stream().anyMatch(l -> l.year().equals(YEAR)));
      if (!funded) {
        continue;
      }
      payments.schedule(
          finance,
          new ScheduleRequest(
                  "CONTRACT",
                  contract.publicId(),
                  "QUARTERLY_IN_ARREARS",
                  null,
                  YEAR.label(),
                  "EXPENDITURE",
                  "Victims contracts",
                  null,
                  null)
              .toCommand());
      contract.lots().forEach(l -> scheduled.add(l.awardPublicId()));
    }
    for (AwardView award : awards.list(YEAR)) {
      if (scheduled.contains(award.publicId())) {
        continue;
      }
      String programme = award.programme() == null ? "" : award.programme();
      boolean crimeReduction =
          programme.startsWith("Crime reduction") || programme.startsWith("Safer Streets");
      payments.schedule(
          finance,
          new ScheduleRequest(
                  "AWARD",
                  award.publicId(),
                  "QUARTERLY_IN_ADVANCE",
                  null,
                  YEAR.label(),
                  crimeReduction ? "CDR_GRANT" : "EXPENDITURE",
                  programme.isEmpty() ? null : truncate(programme),
                  crimeReduction ? "Grant agreement 2024/25: quarterly monitoring returns" : null,
                  crimeReduction
                      ? "Funds crime prevention in Kent under the Police and Crime Plan"
                      : null)
              .toCommand());
    }
    // One second-quarter payment held until the first quarter's monitoring return is accepted.
    ScheduledPaymentView toHold =
        payments
            .schedules("kent-crimestoppers-2024-25", ScheduledPaymentView.Status.DUE, YEAR)
            .stream()
            .filter(s -> s.quarter() == 2)
            .findFirst()
            .orElseThrow();
    payments.hold(
        finance,
        toHold.id(),
        new HoldRequest(
                "Monitoring return not yet received", "monitoring return 2024/25 Q1 accepted")
            .toCommand());
    // The first quarter: put together by one finance officer, approved by another.
    PaymentRunView run =
        payments.createRun(finance, new RunRequest("2024-07-31", "2024-07-25", null).toCommand());
    payments.approveRun(finance2, run.id());
  }

  private static String truncate(String text) {
    return text.length() <= 100 ? text : text.substring(0, 100);
  }
}
