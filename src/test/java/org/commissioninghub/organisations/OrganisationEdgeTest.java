package org.commissioninghub.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** An organisation as typed becomes checked details, or is refused naming each field. */
class OrganisationEdgeTest {

  @Test
  void identifiersAreNormalisedAndCodesTyped() {
    OrganisationDetails d =
        new OrganisationCommand(
                null,
                "  Victim   Support ",
                "charity",
                Set.of("provider"),
                "1012345",
                "1234",
                null,
                null,
                " me14 1xx ",
                null,
                List.of("VS", " Victim Support ", "VS"))
            .toCommand();
    assertThat(d.name()).isEqualTo("Victim Support");
    assertThat(d.type()).isEqualTo(OrganisationType.CHARITY);
    assertThat(d.roles()).containsExactly(OrganisationRole.PROVIDER);
    assertThat(d.companyNumber()).isEqualTo("00001234");
    assertThat(d.orgIdentifier()).isEqualTo("GB-CHC-1012345");
    assertThat(d.postcode()).isEqualTo("ME14 1XX");
    assertThat(d.aliases()).containsExactly("VS");
  }

  @Test
  void everyFieldAtFaultIsNamed() {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new OrganisationCommand(
                        "Not An Id",
                        " ",
                        null,
                        Set.of(),
                        "12",
                        null,
                        "nonsense",
                        null,
                        "XX",
                        "www.example.org",
                        null)
                    .toCommand());
    assertThat(refused.code()).isEqualTo("ORGANISATION-1");
    assertThat(refused.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(
            "publicId", "name", "type", "charityNumber", "orgIdentifier", "postcode", "website");
  }
}
