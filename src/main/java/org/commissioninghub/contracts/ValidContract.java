package org.commissioninghub.contracts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/** A contract whose fields and term arithmetic have been checked. */
record ValidContract(
    String title,
    String serviceDescription,
    FinancialYear commissionedYear,
    LocalDate awardDate,
    LocalDate startDate,
    Integer initialTermMonths,
    LocalDate initialEndDate,
    Integer extensionMonths,
    int maxExtensions,
    Money annualValue,
    Money totalValue,
    PaymentFrequency paymentFrequency,
    ContractStatus status,
    LocalDate endedOn,
    String notes,
    ProcurementRoute procurementRoute,
    int noticeMonths,
    int recommissioningLeadMonths,
    boolean victimService) {

  static ValidContract check(ContractCommand c, Problems problems) {
    String title = blank(c.title()) ? null : c.title().strip();
    if (title == null) {
      problems.add("title", "Enter the name of the contracted service");
    }
    FinancialYear commissioned =
        blank(c.commissionedYear())
            ? null
            : problems.parse("commissionedYear", c.commissionedYear(), FinancialYear::parse);
    LocalDate awardDate = Dates.parseOptional(problems, "awardDate", c.awardDate());
    LocalDate start = Dates.parseOptional(problems, "startDate", c.startDate());
    LocalDate initialEnd = Dates.parseOptional(problems, "initialEndDate", c.initialEndDate());
    Integer term = whole(problems, "initialTermMonths", c.initialTermMonths(), 1, 240);
    Integer extensionMonths = whole(problems, "extensionMonths", c.extensionMonths(), 1, 60);
    Integer maxExtensions = whole(problems, "maxExtensions", c.maxExtensions(), 0, 20);
    if (start != null && initialEnd != null) {
      if (initialEnd.isBefore(start)) {
        problems.add("initialEndDate", "The initial end date must be after the start date");
      } else {
        long datesMonths = ChronoUnit.MONTHS.between(start, initialEnd.plusDays(1));
        if (term == null) {
          term = (int) datesMonths;
        } else if (term != datesMonths) {
          problems.add(
              "initialTermMonths",
              "The initial term of "
                  + term
                  + " months does not match the dates, which give "
                  + datesMonths
                  + " months from "
                  + Dates.format(start)
                  + " to "
                  + Dates.format(initialEnd));
        }
      }
    } else if (start != null && term != null) {
      initialEnd = start.plusMonths(term).minusDays(1);
    }
    if (maxExtensions != null && maxExtensions > 0 && extensionMonths == null) {
      problems.add("extensionMonths", "Say how long each extension is, like 12 months");
    }
    Money annual = problems.optionalMoney("annualValue", c.annualValue());
    Money total = problems.optionalMoney("totalValue", c.totalValue());
    if (annual != null && annual.isNegative()) {
      problems.add("annualValue", "The annual value cannot be negative");
    }
    if (total != null && total.isNegative()) {
      problems.add("totalValue", "The total value cannot be negative");
    }
    PaymentFrequency frequency =
        blank(c.paymentFrequency())
            ? null
            : problems.parse(
                "paymentFrequency",
                c.paymentFrequency(),
                t -> Codes.parse(PaymentFrequency.class, t, "payment frequency"));
    ContractStatus status =
        blank(c.status())
            ? ContractStatus.ACTIVE
            : problems.parse(
                "status", c.status(), t -> Codes.parse(ContractStatus.class, t, "contract status"));
    LocalDate endedOn = Dates.parseOptional(problems, "endedOn", c.endedOn());
    if (endedOn != null && start != null && endedOn.isBefore(start)) {
      problems.add("endedOn", "A contract cannot end before it starts");
    }
    if (status == ContractStatus.ENDED && endedOn == null && initialEnd == null) {
      problems.add("endedOn", "Enter the date the contract ended");
    }
    ProcurementRoute route =
        blank(c.procurementRoute())
            ? null
            : problems.parse(
                "procurementRoute",
                c.procurementRoute(),
                t -> Codes.parse(ProcurementRoute.class, t, "procurement route"));
    Integer notice = whole(problems, "noticeMonths", c.noticeMonths(), 0, 36);
    Integer lead =
        whole(problems, "recommissioningLeadMonths", c.recommissioningLeadMonths(), 1, 60);
    Boolean victims = victimService(problems, c.victimService());
    return new ValidContract(
        title,
        blank(c.serviceDescription()) ? null : c.serviceDescription().strip(),
        commissioned,
        awardDate,
        start,
        term,
        initialEnd,
        extensionMonths,
        maxExtensions == null ? 0 : maxExtensions,
        annual,
        total,
        frequency,
        status,
        endedOn,
        blank(c.notes()) ? null : c.notes().strip(),
        route,
        notice == null ? ContractTerm.DEFAULT_NOTICE_MONTHS : notice,
        lead == null ? RecommissioningPlan.DEFAULT_LEAD_MONTHS : lead,
        Boolean.TRUE.equals(victims));
  }

  private static Boolean victimService(Problems problems, String text) {
    if (blank(text)) {
      return false;
    }
    return switch (text.strip().toLowerCase(java.util.Locale.UK)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> {
        problems.add("victimService", "Say whether the contract is a victims' service: yes or no");
        yield null;
      }
    };
  }

  /**
   * The notice period and re-commissioning lead kept from the contract as it stands when a change
   * leaves them blank (an API client that does not send them does not reset them).
   */
  ValidContract keepingTimingsOf(ContractView existing, ContractCommand c) {
    return new ValidContract(
        title,
        serviceDescription,
        commissionedYear,
        awardDate,
        startDate,
        initialTermMonths,
        initialEndDate,
        extensionMonths,
        maxExtensions,
        annualValue,
        totalValue,
        paymentFrequency,
        status,
        endedOn,
        notes,
        procurementRoute,
        blank(c.noticeMonths()) ? existing.noticeMonths() : noticeMonths,
        blank(c.recommissioningLeadMonths())
            ? existing.recommissioningLeadMonths()
            : recommissioningLeadMonths,
        c.victimService() == null ? existing.victimService() : victimService);
  }

  private static Integer whole(Problems problems, String field, String text, int min, int max) {
    if (blank(text)) {
      return null;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value < min || value > max) {
        problems.add(field, "Enter a whole number from " + min + " to " + max);
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add(field, "Enter a whole number, like 12");
      return null;
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
