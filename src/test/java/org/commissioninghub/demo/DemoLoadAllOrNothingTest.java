package org.commissioninghub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.DataQualityNotes;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.contracts.Contracts;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.identity.UserAccounts;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.support.DatabaseSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** A damaged demo file is refused, naming file, row and column, and the database is untouched. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:demo-refused;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=false"
    })
class DemoLoadAllOrNothingTest {

  @Autowired Organisations organisations;
  @Autowired FundingStreams streams;
  @Autowired Awards awards;
  @Autowired Contracts contracts;
  @Autowired DataQualityNotes notes;
  @Autowired UserAccounts users;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DemoRounds rounds;
  @Autowired DemoContractHistory contractHistory;
  @Autowired DemoPayments demoPayments;
  @Autowired DemoMonitoring demoMonitoring;
  @Autowired DemoCrimeReduction demoCrimeReduction;
  @Autowired DemoReportWords demoReportWords;
  @Autowired DemoPriorities demoPriorities;
  @Autowired DemoPanelPaper demoPanelPaper;
  @Autowired org.commissioninghub.opendata.ThreeSixtyGiving threeSixty;
  @Autowired java.time.Clock clock;
  @Autowired org.commissioninghub.funding.Budgets budgets;

  @Test
  void aDamagedAmountDeepInTheFilesLeavesTheDatabaseAsItWas(@TempDir Path dir) throws Exception {
    for (var resource :
        new PathMatchingResourcePatternResolver().getResources("classpath:demo/*")) {
      Files.write(dir.resolve(resource.getFilename()), resource.getContentAsByteArray());
    }
    Path lines = dir.resolve("award-lines.csv");
    List<String> text = Files.readAllLines(lines);
    int last = text.size() - 1;
    String[] cells = text.get(last).split(",", -1);
    int amountColumn = List.of(text.get(0).split(",")).indexOf("amount");
    cells[amountColumn] = "\"£56,77\"";
    text.set(last, String.join(",", cells));
    Files.write(lines, text);

    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);
    DemoData broken = demoFrom("file:" + dir + "/");
    assertThatThrownBy(broken::load)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("demo/award-lines.csv row " + (last + 1) + ", column amount")
        .hasMessageContaining("£56,77");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

    DemoData intact = demoFrom("classpath:demo/");
    assertThat(intact.load().organisations()).isPositive();
  }

  private DemoData demoFrom(String location) {
    return new DemoData(
        organisations,
        streams,
        awards,
        contracts,
        notes,
        users,
        new DefaultResourceLoader(),
        location,
        transactions,
        rounds,
        contractHistory,
        demoPayments,
        demoMonitoring,
        demoCrimeReduction,
        demoReportWords,
        demoPriorities,
        demoPanelPaper,
        threeSixty,
        clock,
        budgets);
  }
}
