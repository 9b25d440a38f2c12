package org.commissioninghub.opendata;

import java.io.InputStream;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the grants of a 360Giving package one at a time, keeping the fields {@link Grant} holds
 * (the first of each list) and skipping the rest, so any size of file takes the same memory.
 */
public final class GrantJsonReader {

  // The streaming core only: no object mapper to start up, which matters for short runs.
  private static final JsonFactory JSON = new JsonFactory();

  private GrantJsonReader() {}

  /** Calls the consumer with each grant in order; returns how many there were. */
  public static long read(InputStream in, Consumer<Grant> each) {
    long count = 0;
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("A 360Giving package is a JSON object");
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("grants".equals(name) && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            each.accept(grant(p));
            count++;
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (JacksonException e) {
      // A damaged file is the reader's to refuse, like the CSV reader does, with where it broke.
      throw new IllegalArgumentException(
          "The file is not valid JSON"
              + (e.getLocation() == null
                  ? ""
                  : " at line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr())
              + ": "
              + e.getOriginalMessage());
    }
    return count;
  }

  private static Grant grant(JsonParser p) {
    String[] c = new String[Grant.TITLES.size()];
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "id" -> c[0] = scalar(p, t);
        case "title" -> c[1] = scalar(p, t);
        case "description" -> c[2] = scalar(p, t);
        case "currency" -> c[3] = scalar(p, t);
        case "amountAwarded" -> c[4] = number(p, t);
        case "awardDate" -> c[5] = scalar(p, t);
        case "plannedDates" ->
            first(
                p,
                t,
                (k, v) -> {
                  switch (k) {
                    case "startDate" -> c[6] = v;
                    case "endDate" -> c[7] = v;
                    case "duration" -> c[8] = v;
                    default -> {}
                  }
                });
        case "recipientOrganization" ->
            first(
                p,
                t,
                (k, v) -> {
                  switch (k) {
                    case "id" -> c[9] = v;
                    case "name" -> c[10] = v;
                    case "charityNumber" -> c[11] = v;
                    case "companyNumber" -> c[12] = v;
                    case "addressLocality" -> c[13] = v;
                    case "postalCode" -> c[14] = v;
                    default -> {}
                  }
                });
        case "beneficiaryLocation" ->
            first(
                p,
                t,
                (k, v) -> {
                  switch (k) {
                    case "name" -> c[15] = v;
                    case "countryCode" -> c[16] = v;
                    case "geoCode" -> c[17] = v;
                    case "geoCodeType" -> c[18] = v;
                    default -> {}
                  }
                });
        case "fundingOrganization" ->
            first(
                p,
                t,
                (k, v) -> {
                  switch (k) {
                    case "id" -> c[19] = v;
                    case "name" -> c[20] = v;
                    case "department" -> c[21] = v;
                    default -> {}
                  }
                });
        case "grantProgramme" ->
            first(
                p,
                t,
                (k, v) -> {
                  switch (k) {
                    case "code" -> c[22] = v;
                    case "title" -> c[23] = v;
                    default -> {}
                  }
                });
        case "fromOpenCall" -> c[24] = scalar(p, t);
        case "dateModified" -> c[25] = scalar(p, t);
        case "dataSource" -> c[26] = scalar(p, t);
        default -> p.skipChildren();
      }
    }
    try {
      return Grant.of(c);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Grant " + c[0] + " has an amount or duration that is not a number");
    }
  }

  private interface Field {
    void accept(String name, String value);
  }

  /** The first object of a list, field by field; later items and nested lists are skipped. */
  private static void first(JsonParser p, JsonToken t, Field field) {
    if (t != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    boolean firstDone = false;
    JsonToken item;
    while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
      if (item == JsonToken.START_OBJECT && !firstDone) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          if (v.isScalarValue()) {
            String text = v == JsonToken.VALUE_NULL ? null : p.getString();
            field.accept(name, text == null || text.isEmpty() ? null : text);
          } else {
            p.skipChildren();
          }
        }
        firstDone = true;
      } else {
        p.skipChildren();
      }
    }
  }

  private static String scalar(JsonParser p, JsonToken t) {
    if (!t.isScalarValue()) {
      p.skipChildren();
      return null;
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    String s = p.getString();
    return s.isEmpty() ? null : s;
  }

  private static String number(JsonParser p, JsonToken t) {
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      // The number as written: Grant.of refuses one out of range before anything writes it out
      // in full (1E+2147483647 as plain digits would not fit in a string).
      return p.getString();
    }
    return scalar(p, t);
  }
}
