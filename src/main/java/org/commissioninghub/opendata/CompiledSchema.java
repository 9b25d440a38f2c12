package org.commissioninghub.opendata;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A fast first pass over a grant with the keywords the 360Giving grant schema uses (type,
 * properties, required, items, minItems, minimum, enum, pattern, format, oneOf and local $ref). It
 * answers VALID only when the full validator would find nothing; anything it is not sure of is
 * UNKNOWN, and then the full validator decides and gives the messages. Most grants are valid, so
 * most never need the slow path.
 */
final class CompiledSchema {

  enum Verdict {
    VALID,
    INVALID,
    UNKNOWN
  }

  private static final Set<String> ANNOTATIONS =
      Set.of(
          "title",
          "description",
          "codelist",
          "openCodelist",
          "rollUp",
          "$id",
          "$schema",
          "$defs",
          "examples",
          "deprecated",
          "$comment",
          "default");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$");
  private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  private static final Pattern SIMPLE_URI =
      Pattern.compile("^https?://[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]+$");

  private final JsonNode root;
  // Filled while compiling, before any check runs; read by many threads after.
  private final Map<String, Check> refs = new java.util.concurrent.ConcurrentHashMap<>();
  private final Check top;

  CompiledSchema(JsonNode schema) {
    this.root = schema;
    for (Map.Entry<String, JsonNode> def : schema.path("$defs").properties()) {
      refs.put("#/$defs/" + def.getKey(), compile(def.getValue()));
    }
    this.top = compile(schema);
  }

  Verdict check(JsonNode instance) {
    return top.check(instance);
  }

  private interface Check {
    Verdict check(JsonNode node);
  }

  private Check compile(JsonNode schema) {
    if (schema.isBoolean()) {
      boolean ok = schema.asBoolean();
      return n -> ok ? Verdict.VALID : Verdict.INVALID;
    }
    List<Check> checks = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      String keyword = e.getKey();
      JsonNode value = e.getValue();
      if (ANNOTATIONS.contains(keyword)) {
        continue;
      }
      Check check =
          switch (keyword) {
            case "type" -> type(value);
            case "properties" -> properties(value);
            case "required" -> required(value);
            case "items" -> items(value);
            case "minItems" -> {
              int min = value.asInt();
              yield n -> !n.isArray() || n.size() >= min ? Verdict.VALID : Verdict.INVALID;
            }
            case "minimum" -> {
              BigDecimal min = value.decimalValue();
              yield n ->
                  !n.isNumber() || n.decimalValue().compareTo(min) >= 0
                      ? Verdict.VALID
                      : Verdict.INVALID;
            }
            case "enum" -> enumeration(value);
            case "pattern" -> {
              Pattern p = Pattern.compile(value.asString());
              yield n ->
                  !n.isString() || p.matcher(n.asString()).find() ? Verdict.VALID : Verdict.INVALID;
            }
            case "format" -> format(value.asString());
            case "oneOf" -> oneOf(value);
            case "$ref" -> ref(value.asString());
            default -> n -> Verdict.UNKNOWN;
          };
      checks.add(check);
    }
    return n -> all(checks, n);
  }

  private static Verdict all(List<Check> checks, JsonNode n) {
    Verdict result = Verdict.VALID;
    for (Check c : checks) {
      Verdict v = c.check(n);
      if (v == Verdict.INVALID) {
        return Verdict.INVALID;
      }
      if (v == Verdict.UNKNOWN) {
        result = Verdict.UNKNOWN;
      }
    }
    return result;
  }

  private Check type(JsonNode value) {
    Set<String> types = new HashSet<>();
    if (value.isArray()) {
      value.forEach(t -> types.add(t.asString()));
    } else {
      types.add(value.asString());
    }
    return n -> types.stream().anyMatch(t -> is(n, t)) ? Verdict.VALID : Verdict.INVALID;
  }

  private static boolean is(JsonNode n, String type) {
    return switch (type) {
      case "string" -> n.isString();
      case "number" -> n.isNumber();
      case "integer" ->
          n.isIntegralNumber()
              || (n.isNumber() && n.decimalValue().stripTrailingZeros().scale() <= 0);
      case "object" -> n.isObject();
      case "array" -> n.isArray();
      case "boolean" -> n.isBoolean();
      case "null" -> n.isNull();
      default -> false;
    };
  }

  private Check properties(JsonNode value) {
    Map<String, Check> each = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : value.properties()) {
      each.put(e.getKey(), compile(e.getValue()));
    }
    return n -> {
      if (!n.isObject()) {
        return Verdict.VALID;
      }
      Verdict result = Verdict.VALID;
      for (Map.Entry<String, Check> e : each.entrySet()) {
        JsonNode child = n.get(e.getKey());
        if (child != null) {
          Verdict v = e.getValue().check(child);
          if (v == Verdict.INVALID) {
            return Verdict.INVALID;
          }
          if (v == Verdict.UNKNOWN) {
            result = Verdict.UNKNOWN;
          }
        }
      }
      return result;
    };
  }

  private static Check required(JsonNode value) {
    List<String> names = new ArrayList<>();
    value.forEach(v -> names.add(v.asString()));
    return n -> !n.isObject() || names.stream().allMatch(n::has) ? Verdict.VALID : Verdict.INVALID;
  }

  private Check items(JsonNode value) {
    if (!value.isObject() && !value.isBoolean()) {
      return n -> Verdict.UNKNOWN;
    }
    Check item = compile(value);
    return n -> {
      if (!n.isArray()) {
        return Verdict.VALID;
      }
      Verdict result = Verdict.VALID;
      for (JsonNode element : n) {
        Verdict v = item.check(element);
        if (v == Verdict.INVALID) {
          return Verdict.INVALID;
        }
        if (v == Verdict.UNKNOWN) {
          result = Verdict.UNKNOWN;
        }
      }
      return result;
    };
  }

  private static Check enumeration(JsonNode value) {
    Set<String> strings = new HashSet<>();
    for (JsonNode v : value) {
      if (!v.isString()) {
        return n -> Verdict.UNKNOWN;
      }
      strings.add(v.asString());
    }
    // Only text can equal a text value; anything else is not one of them.
    return n -> n.isString() && strings.contains(n.asString()) ? Verdict.VALID : Verdict.INVALID;
  }

  /** Sure answers only: a value these cannot vouch for is UNKNOWN, never INVALID by guess. */
  private static Check format(String format) {
    return switch (format) {
      case "date-time" ->
          n -> {
            if (!n.isString()) {
              return Verdict.VALID;
            }
            String s = n.asString();
            if (s.length() <= 10) {
              return Verdict.INVALID; // a date-time has a time
            }
            if (DATE_TIME.matcher(s).matches()) {
              try {
                OffsetDateTime.parse(s);
                return Verdict.VALID;
              } catch (DateTimeParseException e) {
                return Verdict.UNKNOWN;
              }
            }
            return Verdict.UNKNOWN;
          };
      case "date" ->
          n -> {
            if (!n.isString()) {
              return Verdict.VALID;
            }
            String s = n.asString();
            if (DATE.matcher(s).matches()) {
              try {
                LocalDate.parse(s);
                return Verdict.VALID;
              } catch (DateTimeParseException e) {
                return Verdict.UNKNOWN;
              }
            }
            return Verdict.UNKNOWN;
          };
      case "uri" ->
          n -> {
            if (!n.isString()) {
              return Verdict.VALID;
            }
            String s = n.asString();
            if (SIMPLE_URI.matcher(s).matches()) {
              try {
                return new URI(s).isAbsolute() ? Verdict.VALID : Verdict.UNKNOWN;
              } catch (URISyntaxException e) {
                return Verdict.UNKNOWN;
              }
            }
            return Verdict.UNKNOWN;
          };
      default -> n -> Verdict.UNKNOWN;
    };
  }

  private Check oneOf(JsonNode value) {
    List<Check> branches = new ArrayList<>();
    value.forEach(b -> branches.add(compile(b)));
    return n -> {
      int valid = 0;
      for (Check b : branches) {
        Verdict v = b.check(n);
        if (v == Verdict.UNKNOWN) {
          return Verdict.UNKNOWN;
        }
        if (v == Verdict.VALID) {
          valid++;
        }
      }
      return valid == 1 ? Verdict.VALID : Verdict.INVALID;
    };
  }

  private Check ref(String ref) {
    if (!ref.startsWith("#/")) {
      return n -> Verdict.UNKNOWN;
    }
    return n -> refs.computeIfAbsent(ref, this::resolve).check(n);
  }

  private Check resolve(String ref) {
    JsonNode target = root.at(ref.substring(1));
    return target.isMissingNode() ? n -> Verdict.UNKNOWN : compile(target);
  }
}
