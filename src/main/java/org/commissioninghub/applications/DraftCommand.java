package org.commissioninghub.applications;

import java.util.List;
import java.util.Map;
import org.commissioninghub.programmes.ProgrammeView;
import org.commissioninghub.programmes.ProgrammeView.QuestionView;
import org.commissioninghub.programmes.QuestionKind;
import org.commissioninghub.shared.Money;

/**
 * A draft's changes, checked against the programme's form by {@link
 * ApplicationDraft#toCommand(ProgrammeView)}. A null field is left as it is; an empty text clears
 * it.
 *
 * @param title the project's title, never empty when given
 * @param amounts the amount asked for in each year, first year first (null: as they are)
 * @param answers answers by question key, checked against the programme's questions
 */
public record DraftCommand(
    String title,
    String summary,
    String contactName,
    String contactEmail,
    List<Money> amounts,
    Map<String, String> answers) {

  public DraftCommand {
    amounts = amounts == null ? null : List.copyOf(amounts);
    answers = Map.copyOf(answers);
  }

  /** The question a draft may answer by key: not an eligibility question, nor a document. */
  static QuestionView answerable(ProgrammeView programme, String key) {
    return programme.questions().stream()
        .filter(q -> q.key().equals(key))
        .filter(q -> !q.eligibility() && q.kind() != QuestionKind.FILE)
        .findFirst()
        .orElse(null);
  }
}
