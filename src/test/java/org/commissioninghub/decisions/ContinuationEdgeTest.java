package org.commissioninghub.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.awards.AwardLineRequest;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.junit.jupiter.api.Test;

/** A continuation offer as typed becomes a typed offer, or is refused naming each field. */
class ContinuationEdgeTest {

  private static ContinuationCommand offer(
      String year, String sendTo, String respondBy, List<AwardLineRequest> lines) {
    return new ContinuationCommand(
        " AW-1 ", year, " ", lines, " Met targets ", " Kept ", sendTo, respondBy, null, null);
  }

  @Test
  void anOfferAsTypedBecomesTypedValues() {
    ContinuationOffer o =
        offer(
                "2024/25",
                " grants@example.org ",
                "2024-03-15",
                List.of(new AwardLineRequest(" pcc-2024 ", null, null, "£25,000", " ")))
            .toCommand();
    assertThat(o.predecessor()).isEqualTo("AW-1");
    assertThat(o.year()).isEqualTo(FinancialYear.parse("2024/25"));
    assertThat(o.successor()).isNull();
    assertThat(o.performanceEvidence()).isEqualTo("Met targets");
    assertThat(o.sendTo()).isEqualTo("grants@example.org");
    assertThat(o.respondBy()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(o.offeredOn()).isNull();
    assertThat(o.lines())
        .containsExactly(new ContinuationOffer.Line("pcc-2024", "", Money.ofPounds(25_000), null));
  }

  @Test
  void theYearIsReadFirstThenEveryOtherFieldAtFault() {
    InvalidInputException year =
        catchThrowableOfType(
            InvalidInputException.class, () -> offer("next", "x", null, null).toCommand());
    assertThat(year.code()).isEqualTo("CONTINUATION-1");
    assertThat(year.problems()).extracting(FieldProblem::field).containsExactly("year");
    InvalidInputException rest =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                offer(
                        "2024/25",
                        "not an address",
                        "15/3/2024",
                        List.of(
                            new AwardLineRequest("s", null, null, "0", null),
                            new AwardLineRequest("s", null, null, "lots", null)))
                    .toCommand());
    assertThat(rest.code()).isEqualTo("CONTINUATION-2");
    assertThat(rest.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("sendTo", "respondBy", "lines[0].amount", "lines[1].amount");
  }
}
