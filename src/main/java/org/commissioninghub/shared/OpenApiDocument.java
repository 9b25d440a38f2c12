package org.commissioninghub.shared;

import static org.commissioninghub.shared.OpenApiSchemas.schema;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * The OpenAPI 3.1 description of the JSON API, read from the handlers Spring has registered under
 * {@code /api/}: their paths, methods, parameters, bodies and answers, with the summaries and tags
 * the controllers declare ({@link Operation}, {@link Tag}). Written by the product rather than a
 * library so that one JSON library (Jackson 3) serves the whole application.
 */
final class OpenApiDocument {

  private final OpenApiSchemas schemas = new OpenApiSchemas();
  private final Map<String, Object> tags = new TreeMap<>();
  private final Set<String> operationIds = new HashSet<>();

  static Map<String, Object> describe(Map<RequestMappingInfo, HandlerMethod> handlers) {
    return new OpenApiDocument().build(handlers);
  }

  private Map<String, Object> build(Map<RequestMappingInfo, HandlerMethod> handlers) {
    Map<String, Map<String, Object>> paths = new TreeMap<>();
    handlers.entrySet().stream()
        .sorted(Comparator.comparing(e -> e.getValue().getMethod().toGenericString()))
        .forEach(e -> add(paths, e.getKey(), e.getValue()));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("openapi", "3.1.0");
    document.put(
        "info",
        schema(
            "title", "Commissioning Hub API",
            "version", "v1",
            "description",
                "Grant rounds, awards, contracts, payments, monitoring and open data of a Police"
                    + " and Crime Commissioner's office. Amounts are strings of exact pounds"
                    + " (\"1029766.00\"); financial years are written 2024/25. Errors are"
                    + " problem details (application/problem+json) naming the field."));
    document.put("servers", List.of(schema("url", "/")));
    document.put(
        "security", List.of(schema("basicAuth", List.of()), schema("bearerAuth", List.of())));
    document.put("tags", new ArrayList<>(tags.values()));
    document.put("paths", paths);
    Map<String, Object> named = new TreeMap<>(schemas.named());
    named.put("Problem", problemSchema());
    document.put(
        "components",
        schema(
            "schemas",
            named,
            "securitySchemes",
            schema(
                "basicAuth", schema("type", "http", "scheme", "basic"),
                "bearerAuth",
                    schema(
                        "type",
                        "http",
                        "scheme",
                        "bearer",
                        "description",
                        "A personal access token made at /account/tokens"))));
    return document;
  }

  private void add(
      Map<String, Map<String, Object>> paths, RequestMappingInfo info, HandlerMethod handler) {
    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
    for (String path : info.getPatternValues()) {
      if (!path.startsWith("/api/")) {
        continue;
      }
      for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
        paths
            .computeIfAbsent(path, p -> new TreeMap<>())
            .put(method.name().toLowerCase(java.util.Locale.ROOT), operation(handler, method));
      }
    }
  }

  private Map<String, Object> operation(HandlerMethod handler, RequestMethod method) {
    Map<String, Object> operation = new LinkedHashMap<>();
    Tag tag = handler.getBeanType().getAnnotation(Tag.class);
    if (tag != null) {
      tags.putIfAbsent(tag.name(), schema("name", tag.name(), "description", tag.description()));
      operation.put("tags", List.of(tag.name()));
    }
    Operation declared = handler.getMethodAnnotation(Operation.class);
    if (declared != null && !declared.summary().isEmpty()) {
      operation.put("summary", declared.summary());
    }
    if (declared != null && !declared.description().isEmpty()) {
      operation.put("description", declared.description());
    }
    operation.put("operationId", operationId(handler.getMethod().getName()));
    List<Object> parameters = new ArrayList<>();
    for (MethodParameter parameter : handler.getMethodParameters()) {
      Object described = parameter(parameter);
      if (described != null) {
        parameters.add(described);
      }
    }
    if (!parameters.isEmpty()) {
      operation.put("parameters", parameters);
    }
    Map<String, Object> body = requestBody(handler);
    if (body != null) {
      operation.put("requestBody", body);
    }
    operation.put("responses", responses(handler, method));
    return operation;
  }

  private String operationId(String name) {
    String id = name;
    for (int n = 2; !operationIds.add(id); n++) {
      id = name + "_" + n;
    }
    return id;
  }

  private Map<String, Object> parameter(MethodParameter parameter) {
    PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
    if (path != null) {
      return schema(
          "name",
          name(path.name(), path.value(), parameter),
          "in",
          "path",
          "required",
          true,
          "schema",
          schemas.of(parameter.getGenericParameterType()));
    }
    RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
    if (query == null || MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
      return null;
    }
    boolean hasDefault =
        !org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE.equals(
            query.defaultValue());
    return schema(
        "name",
        name(query.name(), query.value(), parameter),
        "in",
        "query",
        "required",
        query.required() && !hasDefault && !parameter.isOptional(),
        "schema",
        schemas.of(parameter.getGenericParameterType()));
  }

  private static String name(String name, String value, MethodParameter parameter) {
    if (!name.isEmpty()) {
      return name;
    }
    return value.isEmpty() ? parameter.getParameterName() : value;
  }

  private Map<String, Object> requestBody(HandlerMethod handler) {
    Map<String, Object> files = new LinkedHashMap<>();
    for (MethodParameter parameter : handler.getMethodParameters()) {
      RequestBody json = parameter.getParameterAnnotation(RequestBody.class);
      if (json != null) {
        return schema(
            "required",
            json.required(),
            "content",
            schema(
                "application/json",
                schema("schema", schemas.of(parameter.getGenericParameterType()))));
      }
      if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
        RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        String name =
            part != null
                ? name(part.name(), part.value(), parameter)
                : param != null
                    ? name(param.name(), param.value(), parameter)
                    : parameter.getParameterName();
        files.put(name, schema("type", "string", "format", "binary"));
      }
    }
    if (files.isEmpty()) {
      return null;
    }
    return schema(
        "required",
        true,
        "content",
        schema(
            "multipart/form-data",
            schema("schema", schema("type", "object", "properties", files))));
  }

  private Map<String, Object> responses(HandlerMethod handler, RequestMethod method) {
    Map<String, Object> responses = new LinkedHashMap<>();
    ResponseStatus status = handler.getMethodAnnotation(ResponseStatus.class);
    String code =
        status != null
            ? String.valueOf(
                (status.code() == HttpStatus.INTERNAL_SERVER_ERROR ? status.value() : status.code())
                    .value())
            : method == RequestMethod.POST && returnsEntity(handler) ? "201" : "200";
    Type answer = answerType(handler);
    Map<String, Object> success = new LinkedHashMap<>();
    success.put("description", code.equals("201") ? "Created" : "OK");
    if (answer != null) {
      success.put("content", schema("application/json", schema("schema", schemas.of(answer))));
    }
    responses.put(code, success);
    responses.put(
        "default",
        schema(
            "description",
            "A problem: the request was refused, with the field and a code",
            "content",
            schema(
                "application/problem+json",
                schema("schema", schema("$ref", "#/components/schemas/Problem")))));
    return responses;
  }

  private static boolean returnsEntity(HandlerMethod handler) {
    return HttpEntity.class.isAssignableFrom(handler.getMethod().getReturnType());
  }

  /** What the handler answers with, seen through {@code ResponseEntity}; null for no body. */
  private static Type answerType(HandlerMethod handler) {
    ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
    if (HttpEntity.class.isAssignableFrom(type.toClass())) {
      type = type.as(HttpEntity.class).getGeneric(0);
    }
    Class<?> raw = type.toClass();
    if (raw == void.class || raw == Void.class || raw == Object.class) {
      return null;
    }
    return type.getType();
  }

  private static Map<String, Object> problemSchema() {
    Map<String, Object> error =
        schema(
            "type",
            "object",
            "properties",
            schema("field", schema("type", "string"), "message", schema("type", "string")));
    return schema(
        "type",
        "object",
        "properties",
        schema(
            "type", schema("type", "string"),
            "title", schema("type", "string"),
            "status", schema("type", "integer"),
            "detail", schema("type", "string"),
            "code", schema("type", "string"),
            "errors", schema("type", "array", "items", error),
            "totalErrors", schema("type", "integer")));
  }
}
