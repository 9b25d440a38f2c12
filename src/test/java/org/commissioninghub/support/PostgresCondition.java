package org.commissioninghub.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

class PostgresCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String problem = TestPostgres.unavailableReason();
    if (problem == null) {
      return ConditionEvaluationResult.enabled("PostgreSQL answers at " + TestPostgres.SERVER_URL);
    }
    String message =
        "PostgreSQL tests skipped: "
            + problem
            + ". Start PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) to run them.";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("Under CI the PostgreSQL tests must run, but " + problem);
    }
    return ConditionEvaluationResult.disabled(message);
  }
}
