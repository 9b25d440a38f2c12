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
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Role;
import org.springframework.beans.factory.annotation.Value;
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

  private final LinkRepository repository;
  private final UserRepository accounts;
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
      LinkRepository repository,
      UserRepository accounts,
      JavaMailSender mail,
      PasswordEncoder encoder,
      PasswordPolicy policy,
      Organisations organisations,
      UserAccounts users,
      AuditLog audit,
      Clock clock,
      @Value("${commissioning.public-url}") String publicUrl,
      @Value("${commissioning.mail.from}") String from) {
    this.repository = repository;
    this.accounts = accounts;
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
  public void invite(Invitation invitation) {
    long organisationId = organisationId(invitation.organisation());
    String address = invitation.email();
    if (users.exists(address)) {
      throw InvalidInputException.of(
          "USER-5", "email", "There is already a user with this email address");
    }
    users.create(
        address,
        invitation.displayName(),
        Secrets.newSecret("unusable-"),
        Set.of(Role.PROVIDER),
        organisationId);
    accounts.markInvited(address, address);
    String link = newLink(address, LinkPurpose.INVITE, INVITATION_LIFETIME);
    send(
        address,
        "You have been invited to Commissioning Hub",
        "Hello "
            + invitation.displayName()
            + ",\n\nYou have been invited to Commissioning Hub to work for your organisation.\n\n"
            + "Choose your password here (the link works once, for 7 days):\n"
            + link
            + "\n");
    audit.record(
        "user.invited", "user", address, "provider for organisation " + invitation.organisation());
  }

  private long organisationId(String publicId) {
    try {
      return organisations.get(publicId).id();
    } catch (NotFoundException e) {
      throw InvalidInputException.of("USER-4", "organisation", Invitation.CHOOSE_ORGANISATION);
    }
  }

  /** Sends a reset link if the address belongs to an active user; says nothing either way. */
  @Transactional
  public void requestReset(String email) {
    String address = email == null ? "" : email.strip().toLowerCase(java.util.Locale.UK);
    Optional<String> username = accounts.enabledUsernameByEmail(address);
    audit.recordFor(
        address.isEmpty() ? "unknown" : address,
        "password-reset.requested",
        "user",
        address,
        username.isPresent() ? "sent" : "no such user");
    if (username.isPresent()) {
      String link = newLink(username.get(), LinkPurpose.RESET, RESET_LIFETIME);
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
    return link(token).filter(UserLinks::fitsAccount).isPresent();
  }

  /**
   * Sets the password through a link and uses the link up. An invitation activates the invited
   * account ({@link AccountStatus#canMoveTo}); a reset keeps an active account active.
   */
  @Transactional
  public void setPassword(String token, String password, String confirmation) {
    LinkRepository.Link link =
        link(token).filter(UserLinks::fitsAccount).orElseThrow(UserLinks::unusableLink);
    Problems problems = new Problems();
    policy.check(password, confirmation, link.username(), problems);
    problems.throwIfAny("USER-7");
    accounts.setPassword(link.userId(), encoder.encode(password));
    repository.markUsed(link.id(), OffsetDateTime.now(clock));
    audit.recordFor(
        link.username(),
        "password.set",
        "user",
        link.username(),
        link.purpose() == LinkPurpose.INVITE ? "invitation accepted" : "reset");
  }

  /** An invitation is for an invited account; a reset for an active one. */
  private static boolean fitsAccount(LinkRepository.Link link) {
    return switch (link.purpose()) {
      case INVITE -> link.accountStatus().canMoveTo(AccountStatus.ACTIVE);
      case RESET -> link.accountStatus() == AccountStatus.ACTIVE;
    };
  }

  private static ConflictException unusableLink() {
    return new ConflictException(
        "USER-6", "This link has expired or has already been used. Ask for a new one.");
  }

  private Optional<LinkRepository.Link> link(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return repository.usable(Secrets.hash(token), OffsetDateTime.now(clock));
  }

  private String newLink(String username, LinkPurpose purpose, Duration lifetime) {
    String token = Secrets.newSecret("");
    repository.insert(
        username, purpose, Secrets.hash(token), OffsetDateTime.now(clock).plus(lifetime));
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
}
