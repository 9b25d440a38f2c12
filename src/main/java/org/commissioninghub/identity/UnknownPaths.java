package org.commissioninghub.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The last rule of the access policy. A page or API call that the product has (a controller handles
 * it) but the policy does not list is refused, as deny-by-default requires. A path that nothing
 * handles is let through to be answered 404 "Page not found": telling an administrator to "ask an
 * administrator" about a mistyped address helps nobody, and saying a path does not exist gives away
 * nothing that a listed path's 404 does not.
 */
final class UnknownPaths implements AuthorizationManager<RequestAuthorizationContext> {

  private final ObjectProvider<RequestMappingHandlerMapping> controllers;

  UnknownPaths(ObjectProvider<RequestMappingHandlerMapping> controllers) {
    this.controllers = controllers;
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    return new AuthorizationDecision(!handled(context.getRequest()));
  }

  private boolean handled(HttpServletRequest request) {
    RequestMappingHandlerMapping mapping = controllers.getIfAvailable();
    if (mapping == null) {
      return true;
    }
    boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
    try {
      if (parsedHere) {
        ServletRequestPathUtils.parseAndCache(request);
      }
      return mapping.getHandler(request) != null;
    } catch (Exception methodOrMediaTypeNotSupported) {
      // The path is the product's, asked with another method or type: refused, as unlisted.
      return true;
    } finally {
      if (parsedHere) {
        ServletRequestPathUtils.clearParsedRequestPath(request);
      }
    }
  }
}
