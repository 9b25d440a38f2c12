package org.commissioninghub.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The fields of a record that differ between two versions, as "field: before → after". */
public final class Changes {

  private static final Set<String> IGNORED = Set.of("version", "id");

  private Changes() {}

  public static String between(Object before, Object after) {
    if (before == null
        || after == null
        || !before.getClass().equals(after.getClass())
        || !before.getClass().isRecord()) {
      return "before: " + before + "; after: " + after;
    }
    List<String> changed = new ArrayList<>();
    for (RecordComponent component : before.getClass().getRecordComponents()) {
      if (IGNORED.contains(component.getName())) {
        continue;
      }
      try {
        Object was = component.getAccessor().invoke(before);
        Object is = component.getAccessor().invoke(after);
        if (!Objects.equals(was, is)) {
          changed.add(component.getName() + ": " + show(was) + " → " + show(is));
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + component.getName(), e);
      }
    }
    return changed.isEmpty() ? "no field changed" : String.join("; ", changed);
  }

  private static String show(Object value) {
    return value == null ? "(blank)" : "\"" + value + "\"";
  }
}
