package org.commissioninghub.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every error under {@code /api/} is an {@code application/problem+json} document, never the HTML
 * error page. Errors raised inside a controller are shaped by {@link ApiErrorHandling}; this filter
 * catches the rest, which would otherwise reach the servlet container's error page: a status sent
 * with {@code sendError} (405, 415, 404 with no handler, 413 for an upload too large, the security
 * filters' 401 and 403) and any exception nothing else handled. It runs before the security filters
 * so that their errors pass through it too.
 */
class ApiProblemFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ApiProblemFilter.class);

  /** Written before Spring MVC's converters are reached, so with a mapper of its own. */
  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();

  private final String uploadLimits;

  ApiProblemFilter(String uploadLimits) {
    this.uploadLimits = uploadLimits;
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isApi(request);
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ProblemResponse problems = new ProblemResponse(response, uploadLimits);
    try {
      chain.doFilter(request, problems);
    } catch (IOException | ServletException | RuntimeException e) {
      if (response.isCommitted()) {
        throw e;
      }
      log.error("Unexpected error in the API at {}", request.getRequestURI(), e);
      response.resetBuffer();
      write(
          response,
          ApiErrorHandling.problem(
              HttpStatus.INTERNAL_SERVER_ERROR,
              "Internal error",
              "INTERNAL",
              "Something went wrong on our side. Nothing was changed; try again later."));
    }
  }

  /** The body for an upload refused for its size, naming the limits. */
  static ProblemDetail uploadTooLarge(Exception e) {
    return ApiErrorHandling.problem(
        HttpStatus.CONTENT_TOO_LARGE,
        "Upload too large",
        "UPLOAD-TOO-LARGE",
        "The upload is larger than the service accepts.");
  }

  private static ProblemDetail forStatus(int status, String uploadLimits) {
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    String detail =
        switch (status) {
          case 400 -> "The request could not be read as the API describes.";
          case 401 -> "Sign in: send a valid API token or user name and password.";
          case 403 -> "You do not have permission to do this.";
          case 404 -> "There is nothing at this address.";
          case 405 -> "This address does not accept that method.";
          case 406 -> "The API answers in JSON (application/json or application/problem+json).";
          case 413 -> "The upload is too large: " + uploadLimits + ".";
          case 415 -> "This address does not accept that content type.";
          default -> title + ".";
        };
    return ApiErrorHandling.problem(
        known == null ? HttpStatus.valueOf(500) : known, title, "HTTP-" + status, detail);
  }

  static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", String.valueOf(problem.getType()));
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    body.put("code", String.valueOf(problem.getProperties().get("code")));
    body.put("errors", List.of());
    response.getOutputStream().write(JSON.writeValueAsBytes(body));
    response.flushBuffer();
  }

  /** Turns {@code sendError} into a problem document instead of the container's error page. */
  private static final class ProblemResponse extends HttpServletResponseWrapper {

    private final String uploadLimits;

    ProblemResponse(HttpServletResponse response, String uploadLimits) {
      super(response);
      this.uploadLimits = uploadLimits;
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (isCommitted()) {
        super.sendError(status, message);
        return;
      }
      resetBuffer();
      write((HttpServletResponse) getResponse(), forStatus(status, uploadLimits));
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<ApiProblemFilter> apiProblemFilter(
        @Value("${spring.servlet.multipart.max-file-size:1MB}") String file,
        @Value("${spring.servlet.multipart.max-request-size:10MB}") String request,
        @Value("${server.tomcat.max-part-header-size:512B}") String header) {
      FilterRegistrationBean<ApiProblemFilter> registration =
          new FilterRegistrationBean<>(
              new ApiProblemFilter(
                  "at most "
                      + file
                      + " a file, "
                      + request
                      + " a request, and "
                      + header
                      + " for a part's headers such as its file name"));
      registration.addUrlPatterns("/api/*");
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
      registration.setDispatcherTypes(
          jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
      return registration;
    }
  }
}
