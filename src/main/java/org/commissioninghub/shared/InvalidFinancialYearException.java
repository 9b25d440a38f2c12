package org.commissioninghub.shared;

/** Text that is not a financial year in the form 2024/25. */
public class InvalidFinancialYearException extends IllegalArgumentException {

  public InvalidFinancialYearException(String input, String problem) {
    super("\"" + (input == null ? "" : input) + "\" is not a financial year: " + problem);
  }
}
