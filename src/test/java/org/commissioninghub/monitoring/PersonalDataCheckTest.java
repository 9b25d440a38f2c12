package org.commissioninghub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataCheckTest {

  @Test
  void anAnonymisedStoryPasses() {
    assertThat(
            PersonalDataCheck.warnings(
                "Client A, a mother in her thirties from Maidstone, was referred by Kent Police in"
                    + " Q2 2024/25 after a burglary. After 12 weeks of support she said she felt"
                    + " safe at home again and 9 out of 10 of the group agreed."))
        .isEmpty();
  }

  @Test
  void namesDatesOfBirthAddressesAndContactDetailsAreFlaggedWithTheWordsFound() {
    assertThat(PersonalDataCheck.warnings("Mrs Patel told us she could sleep again."))
        .containsExactly("It may give a name: \"Mrs Patel\"");
    assertThat(PersonalDataCheck.warnings("Her son, called Jayden, was 9."))
        .containsExactly("It may give a name: \"called Jayden\"");
    assertThat(PersonalDataCheck.warnings("Sarah Jones came to us in April."))
        .containsExactly("It may give a name: \"Sarah Jones\"");
    assertThat(PersonalDataCheck.warnings("She was born on 12/03/1985 in Ashford."))
        .contains("It may give a date of birth: \"born on 12/03/1985\"");
    assertThat(PersonalDataCheck.warnings("He lives at 14 Church Road, ME14 1XX."))
        .containsExactly(
            "It may give an address: \"14 Church Road\"", "It may give a postcode: \"ME14 1XX\"");
    assertThat(PersonalDataCheck.warnings("Call her on 07700 900123 or jo@example.org."))
        .containsExactly(
            "It may give a phone number: \"07700 900123\"",
            "It may give an email address: \"jo@example.org\"");
  }
}
