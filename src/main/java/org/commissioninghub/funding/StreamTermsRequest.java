package org.commissioninghub.funding;

import java.time.LocalDate;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Problems;

/**
 * Stream terms as the JSON body, the stream's page and the demo's CSV carry them: the day the
 * funding ceases as text (blank while it is expected to continue). {@link #toCommand()} checks
 * their shape and gives the typed {@link StreamTerms}.
 */
public record StreamTermsRequest(
    String ceasesOn, String reportedAs, boolean carryForwardAllowed, boolean unspentReturned) {

  /**
   * Reads the terms, collecting every problem (code FUNDING-5): a readable date and a funding line
   * of 200 characters or fewer. Whether the terms agree with themselves and with the stream is
   * checked where they are recorded ({@link FundingStreams#recordTerms}).
   *
   * @throws InvalidInputException naming each field that is wrong
   */
  public StreamTerms toCommand() {
    Problems problems = new Problems();
    LocalDate ceases = Dates.parseOptional(problems, "ceasesOn", ceasesOn);
    String readReportedAs = reportedAs == null || reportedAs.isBlank() ? null : reportedAs.strip();
    if (readReportedAs != null && readReportedAs.length() > 200) {
      problems.add("reportedAs", "The funding line must be 200 characters or fewer");
    }
    problems.throwIfAny("FUNDING-5");
    return new StreamTerms(ceases, readReportedAs, carryForwardAllowed, unspentReturned);
  }
}
