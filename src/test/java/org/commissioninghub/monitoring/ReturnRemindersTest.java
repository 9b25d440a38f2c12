package org.commissioninghub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commissioninghub.Application;
import org.commissioninghub.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders go through real SMTP, once each, with two instances of the app sending at the same
 * moment against one database.
 */
@SpringBootTest(
    properties = {
      ReturnRemindersTest.DATABASE,
      "commissioning.demo.load-on-start=true",
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=${test.smtp.port:3025}"
    })
class ReturnRemindersTest {

  static final String DATABASE =
      "spring.datasource.url=jdbc:h2:mem:reminders;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @RegisterExtension static GreenMailExtension smtp = TestMail.smtp();

  @Autowired MonitoringReturns monitoring;
  @Autowired ReturnReminders reminders;
  @Autowired JdbcClient jdbc;

  @Test
  void eachReminderIsSentOnceWithTwoInstancesRunning() throws Exception {
    // Victim Support's two users get the reminders; its 2024/25 returns are all long overdue.
    jdbc.sql("UPDATE app_user SET email = ? WHERE username = ?")
        .params("provider@victimsupport.example", "provider")
        .update();
    jdbc.sql("UPDATE app_user SET email = ? WHERE username = ?")
        .params("certifier@victimsupport.example", "certifier")
        .update();
    monitoring.issueFor("officer", "victim-support-2024-25", null);

    try (ConfigurableApplicationContext second =
        new SpringApplicationBuilder(Application.class)
            .properties(
                DATABASE,
                "server.port=0",
                "commissioning.demo.load-on-start=true",
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + TestMail.port(),
                "logging.level.root=WARN")
            .run()) {
      ReturnReminders other = second.getBean(ReturnReminders.class);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch start = new CountDownLatch(1);
      Callable<Integer> here = () -> awaitThen(start, reminders);
      Callable<Integer> there = () -> awaitThen(start, other);
      Future<Integer> a = pool.submit(here);
      Future<Integer> b = pool.submit(there);
      start.countDown();
      int sent = a.get() + b.get();
      pool.shutdown();
      // Four overdue returns: four reminders between the two instances, each to both users.
      assertThat(sent).isEqualTo(4);
      assertThat(smtp.waitForIncomingEmail(30_000, 8)).isTrue();
      Thread.sleep(1_000);
      MimeMessage[] received = smtp.getReceivedMessages();
      assertThat(received).hasSize(8);
      assertThat(received[0].getSubject()).startsWith("Overdue: monitoring return 2024/25 Q");
      // Running again, on either instance, sends nothing more.
      assertThat(reminders.send() + other.send()).isZero();
    }
    Thread.sleep(500);
    assertThat(smtp.getReceivedMessages()).hasSize(8);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM return_reminder WHERE kind = 'OVERDUE'")
                .query(Long.class)
                .single())
        .isEqualTo(4);
  }

  private static int awaitThen(CountDownLatch start, ReturnReminders reminders)
      throws InterruptedException {
    start.await();
    return reminders.send();
  }
}
