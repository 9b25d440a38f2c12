package org.commissioninghub.reporting;

import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;

/** Which funding streams a report covers: a year, optionally one group and one holder. */
record StreamFilter(FinancialYear year, String group, Long holderId) {

  String where(String alias) {
    StringBuilder sql = new StringBuilder(alias + ".financial_year = ?");
    if (group != null) {
      sql.append(" AND ").append(alias).append(".stream_group = ?");
    }
    if (holderId != null) {
      sql.append(" AND ").append(alias).append(".holder_id = ?");
    }
    return sql.toString();
  }

  List<Object> params() {
    List<Object> params = new ArrayList<>();
    params.add(year.startYear());
    if (group != null) {
      params.add(group);
    }
    if (holderId != null) {
      params.add(holderId);
    }
    return params;
  }
}
