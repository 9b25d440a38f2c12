package org.commissioninghub.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatchingTest {

  @ParameterizedTest
  @CsvSource({
    "Choice Support, Choices Support",
    "Look Ahead, Look ahead",
    "Victim Support, Victims Support",
    "Dad's Unlimited, Dads Unlimited",
    "Kent CrimeStoppers, Kent Crimestoppers",
    "'Oasis Domestic Abuse Service ', Oasis Domestic Abuse Service",
    "Innovating Minds CIC, Innovating Minds",
    "Rising Sun DV & Abuse Service, Rising Sun DV and Abuse Service"
  })
  void flagsNamesThatAreNearlyTheSame(String a, String b) {
    assertThat(NameMatching.nearlySame(NameMatching.key(a), NameMatching.key(b))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "Rising Sun and Choices, Choice Support",
    "National Crimestoppers, Kent Crimestoppers",
    "Brake, Drake",
    "Oasis, Oasis Domestic Abuse Service",
    "Family Matters, Family Welfare"
  })
  void leavesDifferentOrganisationsApart(String a, String b) {
    assertThat(NameMatching.nearlySame(NameMatching.key(a), NameMatching.key(b))).isFalse();
  }
}
