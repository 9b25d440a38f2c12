package org.commissioninghub.awards;

import java.time.LocalDate;
import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.Problems;

/** An award header that has passed its checks. Organisation and predecessor are resolved ids. */
record ValidAward(
    long organisationId,
    AwardKind kind,
    String title,
    String serviceDescription,
    String programme,
    AwardStatus status,
    LocalDate awardDate,
    LocalDate startDate,
    LocalDate endDate,
    Long predecessorId) {

  static ValidAward check(
      AwardCommand c, Long organisationId, Long predecessorId, Problems problems) {
    AwardKind kind =
        c.kind() == null || c.kind().isBlank()
            ? AwardKind.GRANT
            : problems.parse(
                "kind", c.kind(), text -> Codes.parse(AwardKind.class, text, "kind of award"));
    AwardStatus status =
        c.status() == null || c.status().isBlank()
            ? AwardStatus.PROPOSED
            : problems.parse(
                "status", c.status(), text -> Codes.parse(AwardStatus.class, text, "status"));
    String title = c.title() == null ? "" : c.title().strip();
    if (title.isEmpty()) {
      problems.add("title", "Enter the name of the service or project funded");
    } else if (title.length() > 300) {
      problems.add("title", "The title must be 300 characters or fewer");
    }
    String description = blankToNull(c.serviceDescription());
    if (description != null && description.length() > 2000) {
      problems.add("serviceDescription", "The description must be 2,000 characters or fewer");
    }
    LocalDate awardDate = Dates.parseOptional(problems, "awardDate", c.awardDate());
    LocalDate start = Dates.parseOptional(problems, "startDate", c.startDate());
    LocalDate end = Dates.parseOptional(problems, "endDate", c.endDate());
    if (start != null && end != null && end.isBefore(start)) {
      problems.add("endDate", "The end date must be on or after the start date");
    }
    return new ValidAward(
        organisationId == null ? -1 : organisationId,
        kind,
        title,
        description,
        blankToNull(c.programme()),
        status,
        awardDate,
        start,
        end,
        predecessorId);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
