package org.commissioninghub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Within a request, the pool is asked once; after a refusal the rest of the request fails at once.
 */
class FailFastDataSourceTest {

  private final AtomicInteger asked = new AtomicInteger();

  private final FailFastDataSource pool =
      new FailFastDataSource(
          new AbstractDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
              asked.incrementAndGet();
              throw new SQLTransientConnectionException("Connection is not available");
            }

            @Override
            public Connection getConnection(String username, String password) {
              throw new UnsupportedOperationException();
            }
          });

  @AfterEach
  void end() {
    FailFastDataSource.endRequest();
  }

  @Test
  void aRequestWaitsForTheDatabaseOnlyOnce() {
    FailFastDataSource.beginRequest();
    assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);
    assertThatThrownBy(pool::getConnection)
        .isInstanceOf(SQLTransientConnectionException.class)
        .hasMessageContaining("earlier in this request");
    assertThat(asked).hasValue(1);

    FailFastDataSource.endRequest();
    FailFastDataSource.beginRequest();
    assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);
    assertThat(asked).as("the next request asks the pool again").hasValue(2);
  }

  @Test
  void outsideARequestEveryCallAsksThePool() {
    assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);
    assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);
    assertThat(asked).hasValue(2);
  }
}
