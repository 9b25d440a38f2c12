package org.commissioninghub.priorities;

import static org.commissioninghub.priorities.Inputs.blank;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.Problems;

/**
 * A record's priorities and themes as chosen on the page: one primary and any secondary, by plan
 * item id.
 *
 * @param date the record's date: every item must belong to a plan version in force then
 */
public record TagRequest(
    String recordType, String recordId, String date, Long primary, List<Long> secondary) {

  /** The choice as domain types, or every problem with its shape at once (TAGS-1). */
  public TagCommand toCommand() {
    Problems problems = new Problems();
    if (recordType == null || !PriorityTags.RECORD_TYPES.contains(recordType)) {
      problems.add(
          "recordType", "Tags go on a programme, application, award, contract or CRG project");
    }
    if (blank(recordId)) {
      problems.add("recordId", "Say which record is tagged");
    }
    LocalDate on = Dates.parseOptional(problems, "date", date);
    if (blank(date)) {
      problems.add("date", "Enter the record’s date, so its plan versions can be chosen");
    }
    List<Long> others = secondary == null ? List.of() : secondary;
    if (primary == null && !others.isEmpty()) {
      problems.add("primary", "Choose the main priority the record serves");
    }
    if (primary != null && others.contains(primary)) {
      problems.add("secondary", "The main priority is not also a secondary one");
    }
    problems.throwIfAny("TAGS-1");
    return new TagCommand(recordType, recordId.strip(), on, primary, others);
  }
}
