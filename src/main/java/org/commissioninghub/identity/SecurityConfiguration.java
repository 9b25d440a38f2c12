package org.commissioninghub.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.commissioninghub.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Builds the filter chain from {@link AccessPolicy}: deny by default. Forms carry CSRF tokens; API
 * clients that send their own credentials (HTTP Basic) are exempt, because a browser never adds
 * those by itself. A scoped user asking for another organisation's record gets 404, as if it did
 * not exist, so ids cannot be probed.
 */
@Configuration
class SecurityConfiguration {

  static final String NOT_FOUND = SecurityConfiguration.class.getName() + ".notFound";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  TwoFactorAuthenticationProvider authenticationProvider(
      UserAccounts users, PasswordEncoder encoder, TwoFactor twoFactor) {
    return new TwoFactorAuthenticationProvider(users, encoder, twoFactor);
  }

  @Bean
  SecurityFilterChain security(
      HttpSecurity http,
      UserAccounts users,
      ApiTokens tokens,
      TwoFactor twoFactor,
      org.springframework.beans.factory.ObjectProvider<
              org.springframework.security.oauth2.client.registration.ClientRegistrationRepository>
          identityProviders,
      java.util.List<RecordOwners> owners,
      @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
          org.springframework.beans.factory.ObjectProvider<
                  org.springframework.web.servlet.mvc.method.annotation
                      .RequestMappingHandlerMapping>
              controllers)
      throws Exception {
    // Sign-in through OpenID Connect is on only when a provider is configured.
    if (identityProviders.getIfAvailable() != null) {
      OidcLocalUsers localUsers = new OidcLocalUsers(users);
      http.oauth2Login(
          oidc ->
              oidc.loginPage("/login")
                  .defaultSuccessUrl("/", false)
                  .userInfoEndpoint(info -> info.oidcUserService(localUsers)));
    }
    RequestMatcher apiWithCredentials =
        request ->
            request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && request.getHeader("Authorization") != null;
    http.addFilterBefore(
            new BearerTokenFilter(tokens, users),
            org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
        .authorizeHttpRequests(
            auth -> declare(auth, new RecordScope(users, owners), new UnknownPaths(controllers)))
        .addFilterAfter(
            new TwoFactorEnrolmentFilter(twoFactor),
            org.springframework.security.web.access.intercept.AuthorizationFilter.class)
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .authenticationDetailsSource(
                        request ->
                            new TwoFactorAuthenticationProvider.SignInDetails(
                                request.getParameter("code")))
                    .permitAll())
        .httpBasic(basic -> basic.realmName("Commissioning Hub"))
        .logout(logout -> logout.logoutSuccessUrl("/login?signedout"))
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        request ->
                            !request.getRequestURI().startsWith(request.getContextPath() + "/api/"))
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            response.sendError(
                                request.getAttribute(NOT_FOUND) != null
                                    ? HttpServletResponse.SC_NOT_FOUND
                                    : HttpServletResponse.SC_FORBIDDEN)))
        .csrf(csrf -> csrf.ignoringRequestMatchers(apiWithCredentials))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; script-src 'self' 'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy
                                    .STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    return http.build();
  }

  private static void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
      RecordScope scope,
      UnknownPaths unknownPaths) {
    for (AccessPolicy.Rule rule : AccessPolicy.rules()) {
      var matchers =
          rule.methods().isEmpty()
              ? auth.requestMatchers(
                  PathPatternRequestMatcher.withDefaults().matcher(rule.pattern()))
              : auth.requestMatchers(
                  rule.methods().stream()
                      .map(m -> PathPatternRequestMatcher.withDefaults().matcher(m, rule.pattern()))
                      .toArray(RequestMatcher[]::new));
      if (rule.isPublic()) {
        matchers.permitAll();
      } else if (rule.anyUser()) {
        matchers.authenticated();
      } else {
        matchers.access(manager(rule, scope));
      }
    }
    auth.anyRequest().access(unknownPaths);
  }

  private static AuthorizationManager<RequestAuthorizationContext> manager(
      AccessPolicy.Rule rule, RecordScope scope) {
    return (Supplier<? extends Authentication> authentication,
        RequestAuthorizationContext context) -> {
      Authentication auth = authentication.get();
      if (auth == null || !auth.isAuthenticated() || auth.getAuthorities().isEmpty()) {
        return new AuthorizationDecision(false);
      }
      Set<Role> roles = rolesOf(auth);
      if (!rule.allows(roles)) {
        return new AuthorizationDecision(false);
      }
      boolean own = scope.mayReach(auth, roles, rule, context.getVariables());
      if (!own) {
        context.getRequest().setAttribute(NOT_FOUND, Boolean.TRUE);
      }
      return new AuthorizationDecision(own);
    };
  }

  static Set<Role> rolesOf(Authentication auth) {
    return auth.getAuthorities().stream()
        .map(a -> a.getAuthority())
        .filter(a -> a.startsWith("ROLE_"))
        .map(a -> a.substring(5))
        .filter(name -> java.util.Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name)))
        .map(Role::valueOf)
        .collect(Collectors.toSet());
  }
}
