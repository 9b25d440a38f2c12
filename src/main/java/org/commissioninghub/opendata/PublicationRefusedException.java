package org.commissioninghub.opendata;

/** The data has schema errors, so it is not published; the report lists them. */
public class PublicationRefusedException extends RuntimeException {

  private final transient ValidationReport report;

  public PublicationRefusedException(ValidationReport report) {
    super(report.schemaErrorCount() + " schema errors: the 360Giving data was not published");
    this.report = report;
  }

  public ValidationReport report() {
    return report;
  }
}
