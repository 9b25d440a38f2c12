package org.commissioninghub.organisations;

import java.util.List;

/**
 * The organisation being created looks like one already recorded. The user must confirm before a
 * second record is made, because duplicates split an organisation's funding history.
 */
public class PossibleDuplicateException extends RuntimeException {

  private final List<DuplicateCandidate> candidates;

  public PossibleDuplicateException(List<DuplicateCandidate> candidates) {
    super(
        "This looks like an organisation already recorded: "
            + String.join(", ", candidates.stream().map(DuplicateCandidate::describe).toList()));
    this.candidates = List.copyOf(candidates);
  }

  public List<DuplicateCandidate> candidates() {
    return candidates;
  }

  /** An existing organisation and why it matched. */
  public record DuplicateCandidate(String publicId, String name, String reason) {
    String describe() {
      return name + " (" + reason + ")";
    }
  }
}
