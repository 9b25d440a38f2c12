package org.commissioninghub.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so tests can fix time. */
@Configuration
class ClockConfiguration {

  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/London"));
  }
}
