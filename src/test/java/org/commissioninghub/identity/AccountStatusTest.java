package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one table of an account's moves: an invitation accepted makes it active, once. */
class AccountStatusTest {

  @Test
  void anInvitedAccountBecomesActiveAndNothingElseMoves() {
    assertThat(AccountStatus.INVITED.canMoveTo(AccountStatus.ACTIVE)).isTrue();
    assertThat(AccountStatus.INVITED.canMoveTo(AccountStatus.INVITED)).isFalse();
    assertThat(AccountStatus.ACTIVE.canMoveTo(AccountStatus.ACTIVE)).isFalse();
    assertThat(AccountStatus.ACTIVE.canMoveTo(AccountStatus.INVITED)).isFalse();
  }
}
