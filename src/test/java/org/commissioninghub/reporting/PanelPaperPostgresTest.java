package org.commissioninghub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.commissioninghub.payments.PaymentView;
import org.commissioninghub.payments.Payments;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.support.PostgresHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Police and Crime Panel papers' schema (V025) and queries on PostgreSQL, demo loaded. */
@PostgresHubTest
class PanelPaperPostgresTest {

  @Autowired PanelPapers papers;
  @Autowired Payments payments;

  @Test
  void theSeedPaperAndAnOfficersChangesWorkOnPostgres() {
    PanelPaper seed = papers.get(papers.list().get(0).id());
    assertThat(seed.items())
        .extracting(i -> i.date() + " " + i.payee() + " " + i.amount().plain())
        .containsExactly(
            "2018-11-09 Gravesham Network Development CIC 10000.00",
            "2018-11-14 Reform Restore Respect 10000.00",
            "2019-01-30 i-Three Analytics 20000.00",
            "2019-04-25 Family Matters 112422.87");
    assertThat(seed.selectionParagraph()).isEqualTo(PanelPaperTest.SELECTION);

    long id =
        papers.create("officer", new PanelPapers.Details("On PostgreSQL", "2025-02-04", null));
    PaymentView small =
        payments.list(null, null, null).stream()
            .filter(p -> p.reference().equals("DEMO-2019-001"))
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(
            () ->
                papers.add(
                    "officer",
                    id,
                    0,
                    new PanelPapers.Choice(String.valueOf(small.id()), "OPCC", null, null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("only payments over £500 are published");
    long payment = seed.items().get(2).paymentId();
    PanelPaper paper =
        papers.add(
            "officer",
            id,
            0,
            new PanelPapers.Choice(String.valueOf(payment), "OPCC", null, "Outcome"));
    long item = paper.items().get(0).id();
    paper =
        papers.change(
            "officer", id, item, 1, new PanelPapers.Choice(null, "PANEL_OFFICERS", null, null));
    assertThat(paper.items().get(0).selectedBy()).isEqualTo(PanelSelector.PANEL_OFFICERS);
    assertThat(paper.items().get(0).outcome()).isNull();
    assertThat(papers.remove("officer", id, item, 2).items()).isEmpty();
    assertThat(papers.list()).extracting(PanelPapers.Summary::title).contains("On PostgreSQL");
  }
}
