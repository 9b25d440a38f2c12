package org.commissioninghub.payments;

import static org.commissioninghub.payments.PaymentFields.readClass;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Problems;

/**
 * An import of actual payments from a finance-system CSV, as the JSON body carries it (the page
 * builds the same from its upload and mapping form): {@code mapping} names, for each of date,
 * payee, amount, reference, purpose (required) and costCentre, stream, paymentClass, individual,
 * reasons (optional), the file's column that holds it; {@code paymentClass} is the class of rows
 * that do not say (EXPENDITURE when not given).
 */
public record ImportRequest(
    String fileName, String content, Map<String, String> mapping, String paymentClass) {

  /**
   * Checks the upload and the mapping (code PAYMENT-IMPORT-1); the file's rows are read by the
   * import itself, which names each wrong cell by row and column.
   *
   * @throws InvalidInputException when the file is missing, its name too long or a column unmapped
   */
  public ImportCommand toCommand() {
    Problems problems = new Problems();
    if (content == null || content.isBlank()) {
      problems.add("file", "Choose a CSV file to upload");
    }
    FinanceImports.checkFileName(fileName, "fileName", problems);
    Map<String, String> columns = mapping(problems);
    PaymentClass fallback = readClass(paymentClass, PaymentClass.EXPENDITURE, problems);
    problems.throwIfAny("PAYMENT-IMPORT-1");
    String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
    return new ImportCommand(
        name, content, java.util.Collections.unmodifiableMap(columns), fallback);
  }

  /** The column chosen for each field; a field left unmapped is simply absent. */
  private Map<String, String> mapping(Problems problems) {
    Map<String, String> chosen = new LinkedHashMap<>();
    if (mapping != null) {
      mapping.forEach(
          (k, v) -> {
            if (v != null && !v.isBlank()) {
              chosen.put(k, v.strip());
            }
          });
    }
    for (String field : chosen.keySet()) {
      if (!FinanceImports.IMPORT_FIELDS.contains(field)) {
        problems.add("mapping", "There is no field " + field + " to map a column to");
      }
    }
    for (String field : FinanceImports.IMPORT_FIELDS) {
      if (FinanceImports.REQUIRED_IMPORT_FIELDS.contains(field) && !chosen.containsKey(field)) {
        problems.add(
            "mapping." + field, "Choose the column that holds the " + FinanceImports.label(field));
      }
    }
    return chosen;
  }
}
