package org.commissioninghub.identity;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
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
