package org.commissioninghub.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer chub_…} on {@code /api/v1/**}: the request acts as the token's
 * owner, with that user's roles and scope. A token that is unknown, expired or revoked gets 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final UserAccounts users;

  BearerTokenFilter(ApiTokens tokens, UserAccounts users) {
    this.tokens = tokens;
    this.users = users;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header == null
        || !header.startsWith("Bearer ")
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> username =
        tokens.userFor(request.getHeader("Authorization").substring(7).strip());
    if (username.isEmpty()) {
      tokens.recordRefused(request.getHeader("Authorization").substring(7).strip());
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      response.sendError(
          HttpServletResponse.SC_UNAUTHORIZED, "The token is unknown, expired or revoked");
      return;
    }
    UserDetails user = users.loadUserByUsername(username.get());
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
