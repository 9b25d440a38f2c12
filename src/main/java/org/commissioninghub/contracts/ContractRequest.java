package org.commissioninghub.contracts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/**
 * A contract as the JSON body carries it (the page's form and the demo's CSV build the same): text,
 * dates, months and amounts as written. {@link #toCommand()} checks its shape and its term
 * arithmetic and gives the typed {@link ContractCommand}.
 */
public record ContractRequest(
    String publicId,
    String title,
    String serviceDescription,
    String commissionedYear,
    String awardDate,
    String startDate,
    String initialTermMonths,
    String initialEndDate,
    String extensionMonths,
    String maxExtensions,
    String annualValue,
    String totalValue,
    String paymentFrequency,
    String status,
    String endedOn,
    String notes,
    List<LotRequest> lots,
    String procurementRoute,
    String noticeMonths,
    String recommissioningLeadMonths,
    String victimService) {

  /** A contract without a procurement route, with the default notice and lead times. */
  public ContractRequest(
      String publicId,
      String title,
      String serviceDescription,
      String commissionedYear,
      String awardDate,
      String startDate,
      String initialTermMonths,
      String initialEndDate,
      String extensionMonths,
      String maxExtensions,
      String annualValue,
      String totalValue,
      String paymentFrequency,
      String status,
      String endedOn,
      String notes,
      List<LotRequest> lots) {
    this(
        publicId,
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
        lots,
        null,
        null,
        null,
        null);
  }

  /** One lot: a supplier (organisation id), its value and the award that funds it. */
  public record LotRequest(String lotName, String supplier, String value, String award) {}

  /**
   * Reads every field and lot, collecting every problem (code CONTRACT-1): the initial term must
   * match the dates, and is worked out from them when not given (or the end from the term).
   *
   * @throws InvalidInputException naming each field that is missing or not readable
   */
  public ContractCommand toCommand() {
    Problems problems = new Problems();
    String readTitle = blank(title) ? null : title.strip();
    if (readTitle == null) {
      problems.add("title", "Enter the name of the contracted service");
    }
    FinancialYear commissioned =
        blank(commissionedYear)
            ? null
            : problems.parse("commissionedYear", commissionedYear, FinancialYear::parse);
    LocalDate awarded = Dates.parseOptional(problems, "awardDate", awardDate);
    ContractCommand.Term term = term(problems);
    ContractCommand.Value value = value(problems);
    ContractStatus readStatus =
        blank(status)
            ? ContractStatus.ACTIVE
            : problems.parse(
                "status", status, t -> Codes.parse(ContractStatus.class, t, "contract status"));
    LocalDate ended = Dates.parseOptional(problems, "endedOn", endedOn);
    if (ended != null && term.start() != null && ended.isBefore(term.start())) {
      problems.add("endedOn", "A contract cannot end before it starts");
    }
    if (readStatus == ContractStatus.ENDED && ended == null && term.initialEnd() == null) {
      problems.add("endedOn", "Enter the date the contract ended");
    }
    ProcurementRoute route =
        blank(procurementRoute)
            ? null
            : problems.parse(
                "procurementRoute",
                procurementRoute,
                t -> Codes.parse(ProcurementRoute.class, t, "procurement route"));
    Boolean victims = victimService(problems);
    List<ContractCommand.Lot> readLots = lots == null ? null : lots(problems);
    problems.throwIfAny("CONTRACT-1");
    return new ContractCommand(
        blank(publicId) ? null : publicId.strip(),
        new ContractCommand.Details(
            readTitle,
            blank(serviceDescription) ? null : serviceDescription.strip(),
            commissioned,
            awarded,
            blank(notes) ? null : notes.strip(),
            route,
            victims),
        term,
        value,
        readStatus,
        ended,
        readLots);
  }

  private ContractCommand.Term term(Problems problems) {
    LocalDate start = Dates.parseOptional(problems, "startDate", startDate);
    LocalDate initialEnd = Dates.parseOptional(problems, "initialEndDate", initialEndDate);
    Integer months = whole(problems, "initialTermMonths", initialTermMonths, 1, 240);
    Integer eachExtension = whole(problems, "extensionMonths", extensionMonths, 1, 60);
    Integer extensions = whole(problems, "maxExtensions", maxExtensions, 0, 20);
    if (start != null && initialEnd != null) {
      if (initialEnd.isBefore(start)) {
        problems.add("initialEndDate", "The initial end date must be after the start date");
      } else {
        long datesMonths = ChronoUnit.MONTHS.between(start, initialEnd.plusDays(1));
        if (months == null) {
          months = (int) datesMonths;
        } else if (months != datesMonths) {
          problems.add(
              "initialTermMonths",
              "The initial term of "
                  + months
                  + " months does not match the dates, which give "
                  + datesMonths
                  + " months from "
                  + Dates.format(start)
                  + " to "
                  + Dates.format(initialEnd));
        }
      }
    } else if (start != null && months != null) {
      initialEnd = start.plusMonths(months).minusDays(1);
    }
    if (extensions != null && extensions > 0 && eachExtension == null) {
      problems.add("extensionMonths", "Say how long each extension is, like 12 months");
    }
    Integer notice = whole(problems, "noticeMonths", noticeMonths, 0, 36);
    Integer lead = whole(problems, "recommissioningLeadMonths", recommissioningLeadMonths, 1, 60);
    return new ContractCommand.Term(
        start,
        months,
        initialEnd,
        eachExtension,
        extensions == null ? 0 : extensions,
        notice,
        lead);
  }

  private ContractCommand.Value value(Problems problems) {
    Money annual = problems.optionalMoney("annualValue", annualValue);
    Money total = problems.optionalMoney("totalValue", totalValue);
    if (annual != null && annual.isNegative()) {
      problems.add("annualValue", "The annual value cannot be negative");
    }
    if (total != null && total.isNegative()) {
      problems.add("totalValue", "The total value cannot be negative");
    }
    PaymentFrequency frequency =
        blank(paymentFrequency)
            ? null
            : problems.parse(
                "paymentFrequency",
                paymentFrequency,
                t -> Codes.parse(PaymentFrequency.class, t, "payment frequency"));
    return new ContractCommand.Value(annual, total, frequency);
  }

  private List<ContractCommand.Lot> lots(Problems problems) {
    List<ContractCommand.Lot> read = new ArrayList<>();
    for (int i = 0; i < lots.size(); i++) {
      LotRequest lot = lots.get(i);
      String prefix = "lots[" + i + "].";
      String supplier = lot == null || blank(lot.supplier()) ? null : lot.supplier().strip();
      if (supplier == null) {
        problems.add(prefix + "supplier", "Select the supplier of lot " + (i + 1));
      }
      Money lotValue = problems.optionalMoney(prefix + "value", lot == null ? null : lot.value());
      String award = lot == null || blank(lot.award()) ? null : lot.award().strip();
      String name = lot == null || blank(lot.lotName()) ? "Lot " + (i + 1) : lot.lotName().strip();
      read.add(new ContractCommand.Lot(name, supplier, lotValue, award));
    }
    return read;
  }

  /** Yes or no; null when not said (a change then keeps what the contract says). */
  private Boolean victimService(Problems problems) {
    if (victimService == null) {
      return null;
    }
    if (victimService.isBlank()) {
      return false;
    }
    return switch (victimService.strip().toLowerCase(java.util.Locale.UK)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> {
        problems.add("victimService", "Say whether the contract is a victims' service: yes or no");
        yield null;
      }
    };
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
