package org.commissioninghub.shared;

import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Serves the API's OpenAPI description at {@code /v3/api-docs} (JSON) and {@code
 * /v3/api-docs.yaml}. Built once, on first request, after every handler is registered.
 */
@RestController
class OpenApiController {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private final RequestMappingHandlerMapping handlers;
  private volatile Map<String, Object> document;

  OpenApiController(
      @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers) {
    this.handlers = handlers;
  }

  @GetMapping(value = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> json() {
    return document();
  }

  @GetMapping(value = "/v3/api-docs.yaml", produces = "application/yaml")
  String yaml() {
    return YAML.writeValueAsString(document());
  }

  private Map<String, Object> document() {
    Map<String, Object> built = document;
    if (built == null) {
      built = OpenApiDocument.describe(handlers.getHandlerMethods());
      document = built;
    }
    return built;
  }
}
