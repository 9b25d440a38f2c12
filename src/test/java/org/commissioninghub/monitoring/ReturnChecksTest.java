package org.commissioninghub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.commissioninghub.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** The checks added for districts, service strands and distance-travelled scores. */
class ReturnChecksTest {

  private static MetricDefinition measure(String code, String section, Unit unit, String of) {
    return new MetricDefinition(
        1,
        code,
        code.toLowerCase(),
        section,
        unit,
        Aggregation.SUM,
        MetricKind.OUTPUT,
        null,
        of,
        1);
  }

  private static final ReturnTemplate TEMPLATE =
      new ReturnTemplate(
          1,
          "t",
          "T",
          null,
          List.of(
              measure("REFERRALS", "Referrals", Unit.COUNT, null),
              measure("SUPPORTED", "Support", Unit.COUNT, null),
              measure("DISTRICT_MEDWAY", "Referrals by district", Unit.COUNT, null),
              measure("DISTRICT_THANET", "Referrals by district", Unit.COUNT, null),
              measure("REFERRALS_RJ", "Referrals by service strand", Unit.COUNT, null),
              measure("REFERRALS_APVC", "Referrals by service strand", Unit.COUNT, null),
              measure("DT_SCORED", "Distance travelled", Unit.COUNT, null),
              measure("DT_COPE_START", "Distance travelled", Unit.SCORE, "DT_SCORED")));

  @Test
  void breakdownsOfReferralsCannotAddUpToMoreThanTheReferrals() {
    List<FieldProblem> problems =
        ReturnChecks.check(
            TEMPLATE,
            Map.of(
                "REFERRALS", 100L,
                "SUPPORTED", 90L,
                "DISTRICT_MEDWAY", 60L,
                "DISTRICT_THANET", 41L,
                "REFERRALS_RJ", 50L,
                "REFERRALS_APVC", 50L));
    assertThat(problems)
        .extracting(FieldProblem::message)
        .containsExactly(
            "Referrals by district: the figures add up to 101, more than referrals (100)");
  }

  @Test
  void distanceTravelledScoresAreOneToTenForEachPersonScored() {
    Map<String, Long> base = Map.of("REFERRALS", 10L, "SUPPORTED", 10L, "DT_SCORED", 20L);
    assertThat(ReturnChecks.check(TEMPLATE, with(base, "DT_COPE_START", 20L))).isEmpty();
    assertThat(ReturnChecks.check(TEMPLATE, with(base, "DT_COPE_START", 200L))).isEmpty();
    assertThat(ReturnChecks.check(TEMPLATE, with(base, "DT_COPE_START", 201L)))
        .extracting(FieldProblem::field, FieldProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "values.DT_COPE_START",
                "dt_cope_start (201) must be between 1 and 10 points for each of the 20 dt_scored,"
                    + " so from 20 to 200"));
    assertThat(ReturnChecks.check(TEMPLATE, with(base, "DT_COPE_START", 19L))).hasSize(1);
  }

  @Test
  void smallNumbersArePublishedAsFewerThanFiveAndRatesKeepTheirBase() {
    assertThat(SmallNumbers.published(0L)).isEqualTo("0");
    assertThat(SmallNumbers.published(1L)).isEqualTo("fewer than 5");
    assertThat(SmallNumbers.published(4L)).isEqualTo("fewer than 5");
    assertThat(SmallNumbers.published(5L)).isEqualTo("5");
    assertThat(SmallNumbers.published(null)).isEmpty();
    assertThat(new Rate(5_368, 9_131).percent()).hasToString("58.8");
    assertThat(new Rate(1, 3).percent()).hasToString("33.3");
    assertThat(new Rate(2, 3).percent()).hasToString("66.7");
    assertThat(new Rate(3, 0).percent()).isNull();
    assertThat(new Rate(3, 40).suppressed()).isTrue();
    assertThat(new Rate(30, 40).suppressed()).isFalse();
  }

  private static Map<String, Long> with(Map<String, Long> base, String code, long value) {
    Map<String, Long> all = new java.util.HashMap<>(base);
    all.put(code, value);
    return all;
  }
}
