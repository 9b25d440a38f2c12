package org.commissioninghub.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commissioninghub.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Puts sign-ins and every failed sign-in on the audit trail; the lock-out counts the failures. An
 * API client using HTTP Basic authenticates on every call, so its successes are recorded only when
 * they end a run of failures (restarting the lock-out count, as a sign-in does) and otherwise at
 * most once per user per {@link #API_SIGN_IN_EVERY} on each instance: a trail of one row per API
 * call says nothing a reader needs and hides what matters. Failures are always recorded.
 */
@Component
class SignInEvents {

  static final Duration API_SIGN_IN_EVERY = Duration.ofHours(1);

  private final AuditLog audit;
  private final Clock clock;
  private final Map<String, Instant> lastApiSignIn = new ConcurrentHashMap<>();

  SignInEvents(AuditLog audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    Authentication auth = event.getAuthentication();
    String username = auth.getName();
    if (!isHttpBasic(auth)) {
      audit.recordFor(username, "sign-in", "user", username, null);
      return;
    }
    Instant now = clock.instant();
    Instant last = lastApiSignIn.get(username);
    boolean due = last == null || !last.isAfter(now.minus(API_SIGN_IN_EVERY));
    if (due || failuresPending(username, now)) {
      lastApiSignIn.put(username, now);
      audit.recordFor(username, "sign-in", "user", username, "HTTP Basic (API)");
    }
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    String username = String.valueOf(event.getAuthentication().getPrincipal());
    audit.recordFor(
        username,
        "sign-in.failed",
        "user",
        username,
        event.getException().getClass().getSimpleName());
  }

  /** The sign-in form sends {@link TwoFactorAuthenticationProvider.SignInDetails}; Basic not. */
  private static boolean isHttpBasic(Authentication auth) {
    return auth instanceof UsernamePasswordAuthenticationToken
        && !(auth.getDetails() instanceof TwoFactorAuthenticationProvider.SignInDetails);
  }

  private boolean failuresPending(String username, Instant now) {
    return audit.countSince(
            "sign-in.failed", "sign-in", "user", username, now.minus(UserAccounts.LOCK_WINDOW))
        > 0;
  }
}
