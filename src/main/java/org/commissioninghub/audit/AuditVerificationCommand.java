package org.commissioninghub.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar commissioning-hub.jar --verify-audit}: walks the audit chain of the configured
 * database, prints what is wrong, and exits 0 when the trail is intact, 1 when it is not.
 */
@Component
class AuditVerificationCommand {

  private static final Logger log = LoggerFactory.getLogger(AuditVerificationCommand.class);

  private final AuditLog audit;
  private final ApplicationArguments arguments;
  private final ConfigurableApplicationContext context;

  AuditVerificationCommand(
      AuditLog audit, ApplicationArguments arguments, ConfigurableApplicationContext context) {
    this.audit = audit;
    this.arguments = arguments;
    this.context = context;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    if (arguments.containsOption("verify-audit")) {
      int code = verifyAndReport();
      System.exit(SpringApplication.exit(context, () -> code));
    }
  }

  /** Prints the result of walking the chain; 0 when intact, 1 when tampered with. */
  int verifyAndReport() {
    AuditVerification result = audit.verify();
    if (result.intact()) {
      log.info(
          "Audit trail intact: {} entries checked. {} {}",
          result.entriesChecked(),
          result.scheme(),
          result.checkpoints());
      return 0;
    }
    log.error(
        "Audit trail TAMPERED: {} entries checked, {} problems:",
        result.entriesChecked(),
        result.problems().size());
    result.problems().forEach(p -> log.error("  {}", p));
    log.error("  {}", result.scheme());
    log.error("  {}", result.checkpoints());
    return 1;
  }
}
