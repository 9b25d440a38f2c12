package org.commissioninghub.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives the PostgreSQL driver connect and socket timeouts, so a stopped or unreachable database
 * fails a request within seconds. Set here rather than as data-source properties in application.yml
 * because H2 refuses connection settings it does not know.
 */
@Component
class DatabaseTimeouts implements BeanPostProcessor {

  private final Duration connect;
  private final Duration socket;

  DatabaseTimeouts(
      @Value("${commissioning.database.connect-timeout:3s}") Duration connect,
      @Value("${commissioning.database.socket-timeout:120s}") Duration socket) {
    this.connect = connect;
    this.socket = socket;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool
        && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      // The URL wins if it sets these itself: the driver reads URL parameters over properties.
      pool.addDataSourceProperty("connectTimeout", String.valueOf(seconds(connect)));
      pool.addDataSourceProperty("loginTimeout", String.valueOf(seconds(connect)));
      pool.addDataSourceProperty("socketTimeout", String.valueOf(seconds(socket)));
    }
    return bean;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof HikariDataSource pool ? new FailFastDataSource(pool) : bean;
  }

  private static long seconds(Duration d) {
    return Math.max(1, d.toSeconds());
  }
}
