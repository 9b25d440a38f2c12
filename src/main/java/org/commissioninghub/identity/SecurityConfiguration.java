package org.commissioninghub.identity;

import java.util.function.Supplier;
import org.commissioninghub.organisations.Organisations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Deny by default. Staff roles read everything; changes need an officer (or finance for funding);
 * provider users see only their own organisation. Forms carry CSRF tokens; API clients that send
 * their own credentials (HTTP Basic) are exempt, because a browser never adds those by itself.
 */
@Configuration
class SecurityConfiguration {

  private static final String[] STAFF = {"OFFICER", "FINANCE", "APPROVER", "ADMIN", "AUDITOR"};

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  SecurityFilterChain security(HttpSecurity http, UserAccounts users, Organisations organisations)
      throws Exception {
    RequestMatcher apiWithCredentials =
        request ->
            request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && request.getHeader("Authorization") != null;
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/login",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/assets/**",
                        "/error",
                        "/favicon.ico")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/")
                    .authenticated()
                    .requestMatchers("/audit", "/audit/**", "/audit.csv")
                    .hasAnyRole("AUDITOR", "ADMIN")
                    .requestMatchers(HttpMethod.GET, "/organisations/{id}")
                    .access(ownOrganisationOrStaff(users, organisations))
                    .requestMatchers(HttpMethod.GET, "/api/v1/organisations/{id}")
                    .access(ownOrganisationOrStaff(users, organisations))
                    .requestMatchers(HttpMethod.GET, "/**")
                    .hasAnyRole(STAFF)
                    .requestMatchers(
                        "/funding/**", "/api/v1/funding-streams/**", "/api/v1/funding-sources/**")
                    .hasAnyRole("OFFICER", "FINANCE", "ADMIN")
                    .anyRequest()
                    .hasAnyRole("OFFICER", "ADMIN"))
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .httpBasic(basic -> basic.realmName("Commissioning Hub"))
        .logout(logout -> logout.logoutSuccessUrl("/login?signedout"))
        .exceptionHandling(
            errors ->
                errors.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"),
                    request ->
                        !request.getRequestURI().startsWith(request.getContextPath() + "/api/")))
        .csrf(csrf -> csrf.ignoringRequestMatchers(apiWithCredentials))
        .headers(
            headers ->
                headers.contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'self'; script-src 'self' 'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
    return http.build();
  }

  private static AuthorizationManager<RequestAuthorizationContext> ownOrganisationOrStaff(
      UserAccounts users, Organisations organisations) {
    return (Supplier<? extends Authentication> authentication,
        RequestAuthorizationContext context) -> {
      Authentication auth = authentication.get();
      if (auth == null || !auth.isAuthenticated()) {
        return new AuthorizationDecision(false);
      }
      boolean staff =
          auth.getAuthorities().stream()
              .anyMatch(
                  a ->
                      java.util.Arrays.asList(STAFF)
                          .contains(a.getAuthority().replace("ROLE_", "")));
      if (staff) {
        return new AuthorizationDecision(true);
      }
      String requested = context.getVariables().get("id");
      return new AuthorizationDecision(
          users
              .organisationOf(auth.getName())
              .map(id -> organisations.get(id).publicId().equals(requested))
              .orElse(false));
    };
  }
}
