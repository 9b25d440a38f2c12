package org.commissioninghub.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Sends a user who must set up two-factor sign-in to do so before anything else. */
class TwoFactorEnrolmentFilter extends OncePerRequestFilter {

  static final String ENROL = "/account/two-factor";

  private final TwoFactor twoFactor;

  TwoFactorEnrolmentFilter(TwoFactor twoFactor) {
    this.twoFactor = twoFactor;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean exempt =
        path.equals(ENROL)
            || path.equals("/logout")
            || path.startsWith("/webjars/")
            || path.startsWith("/css/")
            || path.startsWith("/js/")
            || path.startsWith("/assets/")
            || path.equals("/error");
    if (!exempt
        && auth != null
        && auth.isAuthenticated()
        && twoFactor.mustEnrol(auth.getName(), SecurityConfiguration.rolesOf(auth))) {
      response.sendRedirect(request.getContextPath() + ENROL);
      return;
    }
    chain.doFilter(request, response);
  }
}
