package org.commissioninghub.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Starting an application as typed: a round and a title, or each refused by name. */
class NewApplicationTest {

  @Test
  void whatIsTypedIsTrimmedAndBlankOrganisationMeansTheUsersOwn() {
    Map<String, String> answers = new HashMap<>();
    answers.put("kent", null);
    ApplicationStart s = new NewApplication(" sikf-2 ", " ", " Safe spaces ", answers).toCommand();
    assertThat(s.round()).isEqualTo("sikf-2");
    assertThat(s.organisation()).isNull();
    assertThat(s.title()).isEqualTo("Safe spaces");
    assertThat(s.eligibility()).containsEntry("kent", null);
    assertThat(new NewApplication("r", "family-matters", "T", null).toCommand().eligibility())
        .isEmpty();
  }

  @Test
  void aMissingRoundAndTitleAreBothNamed() {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new NewApplication(" ", null, null, null).toCommand());
    assertThat(refused.code()).isEqualTo("APPLICATION-1");
    assertThat(refused.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("round", "title");
  }
}
