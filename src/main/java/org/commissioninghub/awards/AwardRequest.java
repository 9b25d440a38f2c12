package org.commissioninghub.awards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Problems;

/**
 * An award as the JSON body carries it (the page's form builds the same): text, dates and amounts
 * as written. {@link #toCommand()} checks its shape and gives the typed {@link AwardCommand}.
 */
public record AwardRequest(
    String publicId,
    String organisation,
    String kind,
    String title,
    String serviceDescription,
    String programme,
    String status,
    String awardDate,
    String startDate,
    String endDate,
    String predecessor,
    List<AwardLineRequest> lines) {

  /**
   * Reads the award and each of its lines, collecting every problem (code AWARD-1); a line's fields
   * are named {@code lines[i].field}.
   *
   * @throws InvalidInputException naming each field that is missing, too long or not readable
   */
  public AwardCommand toCommand() {
    Problems problems = new Problems();
    String id = publicId(problems);
    AwardHeader header = header(problems);
    List<AwardLineCommand> read = new ArrayList<>();
    List<AwardLineRequest> given = lines == null ? List.of() : lines;
    for (int i = 0; i < given.size(); i++) {
      AwardLineRequest line = given.get(i) == null ? AwardLineRequest.EMPTY : given.get(i);
      read.add(line.read("lines[" + i + "].", problems));
    }
    problems.throwIfAny("AWARD-1");
    return new AwardCommand(id, header, List.copyOf(read));
  }

  /**
   * Reads the award's details only, for a change to an award (its lines change one at a time).
   *
   * @throws InvalidInputException naming each field that is missing, too long or not readable
   */
  public AwardHeader toHeader() {
    Problems problems = new Problems();
    AwardHeader header = header(problems);
    problems.throwIfAny("AWARD-1");
    return header;
  }

  private String publicId(Problems problems) {
    if (publicId == null || publicId.isBlank()) {
      return null;
    }
    String id = publicId.strip();
    if (!id.matches("[a-z0-9][a-z0-9-]{0,79}")) {
      problems.add("publicId", "Use lower-case letters, digits and hyphens for the id");
    }
    return id;
  }

  private AwardHeader header(Problems problems) {
    String org = blankToNull(organisation);
    if (org == null) {
      problems.add("organisation", "Select the organisation that receives the award");
    }
    AwardKind readKind =
        blankToNull(kind) == null
            ? AwardKind.GRANT
            : problems.parse("kind", kind, t -> Codes.parse(AwardKind.class, t, "kind of award"));
    AwardStatus readStatus =
        blankToNull(status) == null
            ? AwardStatus.PROPOSED
            : problems.parse("status", status, t -> Codes.parse(AwardStatus.class, t, "status"));
    String readTitle = title == null ? "" : title.strip();
    if (readTitle.isEmpty()) {
      problems.add("title", "Enter the name of the service or project funded");
    } else if (readTitle.length() > 300) {
      problems.add("title", "The title must be 300 characters or fewer");
    }
    String description = blankToNull(serviceDescription);
    if (description != null && description.length() > 2000) {
      problems.add("serviceDescription", "The description must be 2,000 characters or fewer");
    }
    LocalDate awarded = Dates.parseOptional(problems, "awardDate", awardDate);
    LocalDate start = Dates.parseOptional(problems, "startDate", startDate);
    LocalDate end = Dates.parseOptional(problems, "endDate", endDate);
    if (start != null && end != null && end.isBefore(start)) {
      problems.add("endDate", "The end date must be on or after the start date");
    }
    return new AwardHeader(
        org,
        readKind,
        readTitle,
        description,
        blankToNull(programme),
        readStatus,
        new AwardHeader.Dates(awarded, start, end),
        blankToNull(predecessor));
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
