package org.commissioninghub.reporting;

import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The financial years that have funding recorded, and the year a report opens on. A read model: its
 * whole job is its queries, so it is its own repository (issue 16).
 */
@Repository
class ReportYears {

  private final JdbcClient jdbc;
  private final java.time.Clock clock;

  ReportYears(JdbcClient jdbc, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  List<FinancialYear> all() {
    return jdbc
        .sql("SELECT DISTINCT financial_year FROM funding_stream ORDER BY financial_year DESC")
        .query(Integer.class)
        .list()
        .stream()
        .map(FinancialYear::new)
        .toList();
  }

  FinancialYear chosenOrLatest(String year) {
    if (year != null && !year.isBlank()) {
      return FinancialYear.parse(year);
    }
    List<FinancialYear> years = all();
    return years.isEmpty()
        ? FinancialYear.containing(java.time.LocalDate.now(clock))
        : years.get(0);
  }

  /** The matrix opens on the victim-services streams, as the annual report prints them. */
  String groupOrDefault(FinancialYear year, String group) {
    if ("all".equals(group)) {
      return null;
    }
    if (group != null && !group.isBlank()) {
      return group;
    }
    boolean hasVictimServices =
        jdbc.sql(
                    "SELECT COUNT(*) FROM funding_stream WHERE financial_year = ? AND stream_group = ?")
                .params(year.startYear(), MojRecipientsQuery.VICTIM_SERVICES_GROUP)
                .query(Long.class)
                .single()
            > 0;
    return hasVictimServices ? MojRecipientsQuery.VICTIM_SERVICES_GROUP : null;
  }

  List<String> groups(FinancialYear year) {
    return jdbc.sql(
            "SELECT DISTINCT stream_group FROM funding_stream WHERE financial_year = ? ORDER BY stream_group")
        .param(year.startYear())
        .query(String.class)
        .list();
  }
}
