package org.commissioninghub.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * JSON Schemas, in OpenAPI's dialect, for the records the API reads and writes. A record becomes a
 * named schema under {@code components/schemas}, referred to where it is used; its components are
 * its properties, named as Jackson names them. Amounts travel as strings of exact pounds, so {@link
 * Money} is a string.
 */
final class OpenApiSchemas {

  private final Map<String, Object> named = new TreeMap<>();
  private final Map<Class<?>, String> names = new LinkedHashMap<>();

  /** The schemas named so far, for {@code components/schemas}. */
  Map<String, Object> named() {
    return named;
  }

  /** The schema of a Java type, a reference for records, inline for everything else. */
  Map<String, Object> of(Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return array(of(args[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return schema("type", "object", "additionalProperties", of(args[1]));
      }
      if (Optional.class.equals(raw)) {
        return of(args[0]);
      }
      return of(raw);
    }
    if (type instanceof GenericArrayType g) {
      return array(of(g.getGenericComponentType()));
    }
    if (type instanceof WildcardType w) {
      return of(w.getUpperBounds()[0]);
    }
    if (type instanceof Class<?> c) {
      return ofClass(c);
    }
    return schema("type", "object");
  }

  private Map<String, Object> ofClass(Class<?> c) {
    if (c.isArray()) {
      return c.getComponentType() == byte.class
          ? schema("type", "string", "format", "binary")
          : array(of(c.getComponentType()));
    }
    Map<String, Object> simple = simple(c);
    if (simple != null) {
      return simple;
    }
    if (c.isEnum()) {
      return schema(
          "type",
          "string",
          "enum",
          Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
    }
    if (c.isRecord()) {
      return schema("$ref", "#/components/schemas/" + nameOf(c));
    }
    return schema("type", "object");
  }

  private static Map<String, Object> simple(Class<?> c) {
    if (c == String.class || CharSequence.class.isAssignableFrom(c) || c == char.class) {
      return schema("type", "string");
    }
    if (c == Money.class) {
      return schema("type", "string", "pattern", "^-?[0-9]+\\.[0-9]{2}$", "example", "1029766.00");
    }
    if (c == FinancialYear.class) {
      return schema("type", "string", "pattern", "^[0-9]{4}/[0-9]{2}$", "example", "2024/25");
    }
    if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      return schema("type", "integer", "format", "int32");
    }
    if (c == long.class || c == Long.class || c == BigInteger.class) {
      return schema("type", "integer", "format", "int64");
    }
    if (c == boolean.class || c == Boolean.class) {
      return schema("type", "boolean");
    }
    if (c == double.class || c == Double.class || c == float.class || c == BigDecimal.class) {
      return schema("type", "number");
    }
    if (c == LocalDate.class) {
      return schema("type", "string", "format", "date");
    }
    if (c == Instant.class || c == OffsetDateTime.class || c == LocalDateTime.class) {
      return schema("type", "string", "format", "date-time");
    }
    if (c == YearMonth.class) {
      return schema("type", "string", "example", "2024-04");
    }
    if (c == Object.class) {
      return schema();
    }
    return null;
  }

  /**
   * Names a record once; two records with one simple name are told apart by their enclosing type.
   */
  private String nameOf(Class<?> record) {
    String known = names.get(record);
    if (known != null) {
      return known;
    }
    String name = record.getSimpleName();
    if (names.containsValue(name) && record.getEnclosingClass() != null) {
      name = record.getEnclosingClass().getSimpleName() + name;
    }
    while (names.containsValue(name)) {
      name = name + "_";
    }
    names.put(record, name);
    named.put(name, Map.of()); // a record that refers to itself finds its name taken
    named.put(name, properties(record));
    return name;
  }

  private Map<String, Object> properties(Class<?> record) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (RecordComponent component : record.getRecordComponents()) {
      if (component.isAnnotationPresent(JsonIgnore.class)
          || component.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
        continue;
      }
      properties.put(jsonName(component), of(component.getGenericType()));
    }
    return schema("type", "object", "properties", properties);
  }

  private static String jsonName(RecordComponent component) {
    JsonProperty renamed = component.getAnnotation(JsonProperty.class);
    if (renamed == null) {
      renamed = component.getAccessor().getAnnotation(JsonProperty.class);
    }
    return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
  }

  private static Map<String, Object> array(Map<String, Object> items) {
    return schema("type", "array", "items", items);
  }

  static Map<String, Object> schema(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static List<Object> list(Object... items) {
    return List.of(items);
  }
}
