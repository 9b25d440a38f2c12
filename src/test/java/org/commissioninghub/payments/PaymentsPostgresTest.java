package org.commissioninghub.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.support.RequiresPostgres;
import org.commissioninghub.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The payments schema and queries on PostgreSQL 15, with the demo data loaded. */
@RequiresPostgres
@SpringBootTest(properties = "commissioning.demo.load-on-start=true")
class PaymentsPostgresTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = TestPostgres.freshDatabase("payments");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> TestPostgres.USER);
    registry.add("spring.datasource.password", () -> "");
  }

  @Autowired Payments payments;
  @Autowired FundingStreams streams;
  @Autowired Actors actors;

  @Test
  void theRegistersTotalsAndAnIdempotentImportWorkOnPostgres() {
    assertThat(payments.spendOver500())
        .extracting(p -> p.date() + " " + p.publishedPayee() + " " + p.amount().plain())
        .contains(
            "2018-11-09 Gravesham Network Development CIC 10000.00",
            "2018-11-14 Reform Restore Respect 10000.00",
            "2019-01-30 i-Three Analytics 20000.00",
            "2019-04-25 Family Matters 112422.87",
            "2019-03-05 " + PaymentView.WITHHELD + " 1200.00")
        .noneMatch(s -> s.contains("Demo-Sole-Trader"));
    assertThat(payments.crimeReductionGrants())
        .extracting(p -> p.payeeName() + " " + p.amount().plain())
        .contains("Gravesham Network Development CIC 10000.00", "Reform Restore Respect 10000.00");
    long sikf = streams.get("pcc-safer-in-kent-fund-2018-19").id();
    assertThat(payments.paidByStream(FinancialYear.parse("2018/19")).get(sikf))
        .isEqualTo(Money.parse("£20,000.00"));
    assertThat(payments.paidFor("aafda-2024-25")).isEqualTo(Money.parse("£11,100.00"));

    String file =
        "Date,Payee,Amount,Reference,Purpose\n2025-03-03,Kent Police,600.00,PG-1,Licences\n";
    ImportCommand command =
        new ImportRequest(
                "pg.csv",
                file,
                Map.of(
                    "date", "Date",
                    "payee", "Payee",
                    "amount", "Amount",
                    "reference", "Reference",
                    "purpose", "Purpose"),
                null)
            .toCommand();
    assertThat(payments.importCsv(actors.byName("finance"), command).added()).isEqualTo(1);
    assertThat(payments.importCsv(actors.byName("finance"), command).sameFileAsBefore()).isTrue();
    assertThat(payments.imports()).hasSize(1);
  }
}
