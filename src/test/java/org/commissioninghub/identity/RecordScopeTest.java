package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.commissioninghub.shared.Role;
import org.junit.jupiter.api.Test;

/** Scoping cannot be switched off by forgetting to say who owns a kind of record. */
class RecordScopeTest {

  @Test
  void startUpFailsWhenAScopedRecordHasNoOwners() {
    List<RecordOwners> allButApplications =
        Arrays.stream(AccessPolicy.Record.values())
            .filter(r -> r != AccessPolicy.Record.APPLICATION)
            .map(RecordScopeTest::owners)
            .toList();
    assertThatThrownBy(() -> new RecordScope(null, allButApplications))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("APPLICATION");
  }

  @Test
  void startUpFailsWhenTwoBeansClaimTheSameRecord() {
    List<RecordOwners> twice =
        List.of(owners(AccessPolicy.Record.ROUND), owners(AccessPolicy.Record.ROUND));
    assertThatThrownBy(() -> new RecordScope(null, twice))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Two RecordOwners for ROUND");
  }

  @Test
  void aScopedRuleMustNameItsRecord() {
    assertThatThrownBy(
            () ->
                new AccessPolicy.Rule(
                    java.util.Set.of(),
                    "/x/{id}",
                    java.util.Set.of(Role.PROVIDER),
                    false,
                    AccessPolicy.Scope.OWN_RECORD,
                    null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static RecordOwners owners(AccessPolicy.Record record) {
    return new RecordOwners() {
      @Override
      public AccessPolicy.Record record() {
        return record;
      }

      @Override
      public boolean belongsTo(String id, long organisationId) {
        return false;
      }
    };
  }
}
