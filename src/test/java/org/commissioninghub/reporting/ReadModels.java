package org.commissioninghub.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The reporting read models without Spring, for the benchmark harness. */
public final class ReadModels {

  private ReadModels() {}

  public static AwardsMatrixQuery matrix(JdbcClient jdbc) {
    return new AwardsMatrixQuery(jdbc);
  }

  public static FundingPositionQuery position(JdbcClient jdbc) {
    return new FundingPositionQuery(jdbc);
  }
}
