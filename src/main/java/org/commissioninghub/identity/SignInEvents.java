package org.commissioninghub.identity;

import org.commissioninghub.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Puts every sign-in and failed sign-in on the audit trail; the lock-out counts the failures. */
@Component
class SignInEvents {

  private final AuditLog audit;

  SignInEvents(AuditLog audit) {
    this.audit = audit;
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    String username = event.getAuthentication().getName();
    audit.recordFor(username, "sign-in", "user", username, null);
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
}
