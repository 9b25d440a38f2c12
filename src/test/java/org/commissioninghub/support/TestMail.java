package org.commissioninghub.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The test SMTP server (GreenMail). Its port comes from {@code -Dtest.smtp.port} (Surefire gives
 * each fork its own, so parallel forks never share one server) and defaults to GreenMail's 3025.
 */
public final class TestMail {

  private TestMail() {}

  public static int port() {
    return Integer.getInteger("test.smtp.port", 3025);
  }

  /** A fresh SMTP server for each test method, on {@link #port()}. */
  public static GreenMailExtension smtp() {
    return new GreenMailExtension(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }
}
