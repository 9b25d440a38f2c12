package org.commissioninghub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When the demo loads at start-up: by default only on the embedded H2 database. */
class DemoLoadingTest {

  private static final String H2_DEFAULT =
      "jdbc:h2:file:./data/commissioning;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
  private static final String POSTGRES = "jdbc:postgresql://db:5432/commissioning?password=x";

  @Test
  void leftUnsetItLoadsOnlyOnEmbeddedH2() {
    assertThat(new DemoLoading("", H2_DEFAULT).onStart()).isTrue();
    assertThat(new DemoLoading(null, "jdbc:h2:mem:test").onStart()).isTrue();
    assertThat(new DemoLoading("", POSTGRES).onStart()).isFalse();
    assertThat(new DemoLoading("", "jdbc:h2:tcp://db/commissioning").onStart()).isFalse();
  }

  @Test
  void anExplicitSettingWins() {
    assertThat(new DemoLoading("true", POSTGRES).onStart()).isTrue();
    assertThat(new DemoLoading("false", H2_DEFAULT).onStart()).isFalse();
    assertThatThrownBy(() -> new DemoLoading("yes", POSTGRES))
        .hasMessageContaining("commissioning.demo.load-on-start");
  }

  @Test
  void theWarningNamesTheDatabaseButNotItsParametersAndTheDemoPassword() {
    String warning = new DemoLoading("true", POSTGRES).warning(List.of("admin", "officer"));
    assertThat(warning)
        .contains("jdbc:postgresql://db:5432/commissioning")
        .doesNotContain("password=x")
        .contains("\"demo\"")
        .contains("admin, officer");
  }
}
