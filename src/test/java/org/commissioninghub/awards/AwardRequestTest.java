package org.commissioninghub.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.junit.jupiter.api.Test;

/** An award's edge: text read into typed commands, or every unreadable field named. */
class AwardRequestTest {

  @Test
  void anAwardAsTypedBecomesATypedCommandWithItsDefaults() {
    AwardCommand c =
        new AwardRequest(
                null,
                " victim-support ",
                "",
                " ISVA ",
                "",
                null,
                null,
                "1/4/2024",
                null,
                null,
                " ",
                List.of(new AwardLineRequest(" s-1 ", "2024/25", null, "£25,000", " ")))
            .toCommand();
    assertThat(c.publicId()).isNull();
    assertThat(c.header().organisation()).isEqualTo("victim-support");
    assertThat(c.header().kind()).isEqualTo(AwardKind.GRANT);
    assertThat(c.header().status()).isEqualTo(AwardStatus.PROPOSED);
    assertThat(c.header().title()).isEqualTo("ISVA");
    assertThat(c.header().dates().awarded()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(c.header().predecessor()).isNull();
    assertThat(c.lines())
        .containsExactly(
            new AwardLineCommand(
                "s-1", FinancialYear.parse("2024/25"), "", Money.ofPounds(25_000), null));
  }

  @Test
  void everyMalformedFieldIsNamedWithItsLine() {
    assertThatThrownBy(
            () ->
                new AwardRequest(
                        "Bad Id",
                        "",
                        "loan",
                        "",
                        null,
                        null,
                        "GONE",
                        null,
                        "2025-01-01",
                        "2024-01-01",
                        null,
                        List.of(new AwardLineRequest("", "2024", null, "£0.00", null)))
                    .toCommand())
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(FieldProblem::field)
                    .containsExactly(
                        "publicId",
                        "organisation",
                        "kind",
                        "status",
                        "title",
                        "endDate",
                        "lines[0].stream",
                        "lines[0].year",
                        "lines[0].amount"));
  }
}
