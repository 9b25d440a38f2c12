package org.commissioninghub.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use links by email: an officer invites a provider user, who sets a password; anyone may
 * ask for a password reset, and the answer never says whether the address is registered.
 */
@Service
public class UserLinks {

  static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
  static final Duration RESET_LIFETIME = Duration.ofHours(1);

  private final JdbcClient jdbc;
  private final JavaMailSender mail;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final Organisations organisations;
  private final UserAccounts users;
  private final AuditLog audit;
  private final Clock clock;
  private final String publicUrl;
  private final String from;

  UserLinks(
      JdbcClient jdbc,
      JavaMailSender mail,
      PasswordEncoder encoder,
      PasswordPolicy policy,
      Organisations organisations,
      UserAccounts users,
      AuditLog audit,
      Clock clock,
      @Value("${commissioning.public-url}") String publicUrl,
      @Value("${commissioning.mail.from}") String from) {
    this.jdbc = jdbc;
    this.mail = mail;
    this.encoder = encoder;
    this.policy = policy;
    this.organisations = organisations;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
    this.publicUrl = publicUrl;
    this.from = from;
  }

  /** Invites a provider user of one organisation; the email carries a link valid for 7 days. */
  @Transactional
  public void invite(String email, String displayName, String organisationPublicId) {
    Problems problems = new Problems();
    String address = email == null ? "" : email.strip().toLowerCase(java.util.Locale.UK);
    if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add("email", "Enter an email address like name@example.org");
    }
    if (displayName == null || displayName.isBlank()) {
      problems.add("displayName", "Enter the person's name");
    }
    Long organisationId = null;
    try {
      organisationId =
          organisations.get(organisationPublicId == null ? "" : organisationPublicId).id();
    } catch (RuntimeException e) {
      problems.add("organisation", "Select the organisation the person works for");
    }
    problems.throwIfAny("USER-4");
    if (users.exists(address)) {
      throw InvalidInputException.of(
          "USER-5", "email", "There is already a user with this email address");
    }
    users.create(
        address,
        displayName.strip(),
        Secrets.newSecret("unusable-"),
        Set.of(Role.PROVIDER),
        organisationId);
    jdbc.sql("UPDATE app_user SET email = ?, enabled = FALSE WHERE username = ?")
        .params(address, address)
        .update();
    String link = newLink(address, "INVITE", INVITATION_LIFETIME);
    send(
        address,
        "You have been invited to Commissioning Hub",
        "Hello "
            + displayName.strip()
            + ",\n\nYou have been invited to Commissioning Hub to work for your organisation.\n\n"
            + "Choose your password here (the link works once, for 7 days):\n"
            + link
            + "\n");
    audit.record(
        "user.invited", "user", address, "provider for organisation " + organisationPublicId);
  }

  /** Sends a reset link if the address belongs to an active user; says nothing either way. */
  @Transactional
  public void requestReset(String email) {
    String address = email == null ? "" : email.strip().toLowerCase(java.util.Locale.UK);
    Optional<String> username =
        jdbc.sql("SELECT username FROM app_user WHERE email = ? AND enabled")
            .param(address)
            .query(String.class)
            .optional();
    audit.recordFor(
        address.isEmpty() ? "unknown" : address,
        "password-reset.requested",
        "user",
        address,
        username.isPresent() ? "sent" : "no such user");
    if (username.isPresent()) {
      String link = newLink(username.get(), "RESET", RESET_LIFETIME);
      sendQuietly(
          address,
          "Reset your Commissioning Hub password",
          "Someone asked to reset the password for this address.\n\nIf it was you, choose a new password here "
              + "(the link works once, for 1 hour):\n"
              + link
              + "\n\nIf it was not you, ignore this email.");
    }
  }

  /** Whether a link can still be used, for showing the set-password form. */
  @Transactional(readOnly = true)
  public boolean usable(String token) {
    return link(token).isPresent();
  }

  /** Sets the password through a link, enabling an invited user, and uses the link up. */
  @Transactional
  public void setPassword(String token, String password, String confirmation) {
    LinkRow row =
        link(token)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "USER-6",
                        "This link has expired or has already been used. Ask for a new one."));
    Problems problems = new Problems();
    policy.check(password, confirmation, row.username(), problems);
    problems.throwIfAny("USER-7");
    jdbc.sql("UPDATE app_user SET password_hash = ?, enabled = TRUE WHERE id = ?")
        .params(encoder.encode(password), row.userId())
        .update();
    jdbc.sql("UPDATE user_link SET used_at = ? WHERE id = ?")
        .params(OffsetDateTime.now(clock), row.id())
        .update();
    audit.recordFor(
        row.username(),
        "password.set",
        "user",
        row.username(),
        row.purpose().equals("INVITE") ? "invitation accepted" : "reset");
  }

  private Optional<LinkRow> link(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            SELECT l.id, l.user_id, l.purpose, u.username FROM user_link l JOIN app_user u ON u.id = l.user_id
            WHERE l.token_hash = ? AND l.used_at IS NULL AND l.expires_at > ?""")
        .params(Secrets.hash(token), OffsetDateTime.now(clock))
        .query(
            (rs, n) -> new LinkRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
        .optional();
  }

  private String newLink(String username, String purpose, Duration lifetime) {
    String token = Secrets.newSecret("");
    jdbc.sql(
            """
            INSERT INTO user_link (user_id, purpose, token_hash, expires_at)
            SELECT id, ?, ?, ? FROM app_user WHERE username = ?""")
        .params(purpose, Secrets.hash(token), OffsetDateTime.now(clock).plus(lifetime), username)
        .update();
    return publicUrl + "/account/set-password?token=" + token;
  }

  /** A failure to send must not tell the asker that the address exists. */
  private void sendQuietly(String to, String subject, String text) {
    try {
      send(to, subject, text);
    } catch (org.springframework.mail.MailException e) {
      org.slf4j.LoggerFactory.getLogger(UserLinks.class)
          .error("Could not send the reset email: {}", e.getMessage());
    }
  }

  private void send(String to, String subject, String text) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to);
    message.setSubject(subject);
    message.setText(text);
    mail.send(message);
  }

  private record LinkRow(long id, long userId, String purpose, String username) {}
}
