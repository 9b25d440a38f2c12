package org.commissioninghub.identity;

import org.commissioninghub.shared.DatabaseUnavailable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password first; then, for users who have set it up, the 6-digit code from their app. */
class TwoFactorAuthenticationProvider extends DaoAuthenticationProvider {

  private final TwoFactor twoFactor;

  TwoFactorAuthenticationProvider(
      UserAccounts users, PasswordEncoder encoder, TwoFactor twoFactor) {
    super(users);
    setPasswordEncoder(encoder);
    this.twoFactor = twoFactor;
  }

  /**
   * A database outage while looking the user up is not a failed sign-in: Spring Security would wrap
   * it as an authentication failure and answer 401 (or "wrong password" on the form). Let it
   * through instead, so it is answered 503 like any other request that needs the database.
   */
  @Override
  public Authentication authenticate(Authentication authentication) {
    try {
      return super.authenticate(authentication);
    } catch (InternalAuthenticationServiceException e) {
      if (DatabaseUnavailable.isCause(e) && e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  protected void additionalAuthenticationChecks(
      UserDetails user, UsernamePasswordAuthenticationToken authentication) {
    super.additionalAuthenticationChecks(user, authentication);
    if (twoFactor.isEnabled(user.getUsername())) {
      String code =
          authentication.getDetails() instanceof SignInDetails details ? details.code() : null;
      if (!twoFactor.verify(user.getUsername(), code)) {
        throw new BadCredentialsException("The security code is missing or wrong");
      }
    }
  }

  /** What the sign-in form sends besides username and password. */
  record SignInDetails(String code) implements java.io.Serializable {}
}
