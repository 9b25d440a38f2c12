package org.commissioninghub.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for what would identify a person in a case study: a name (after a title, after "called", or
 * a common first name followed by a surname), a date of birth, an address or postcode, a phone
 * number or an email address. It warns rather than decides: "Client A" and "a mother in her
 * thirties" pass; "Mrs Patel", "born 12/03/1985" and "14 Church Road" do not.
 */
public final class PersonalDataCheck {

  private static final String WORD = "[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
  private static final List<Check> CHECKS =
      List.of(
          new Check("a name", Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\\.? " + WORD)),
          new Check(
              "a name", Pattern.compile("\\b(?:called|named|known as|name is) (" + WORD + ")")),
          new Check("a name", Pattern.compile("\\b(?:" + firstNames() + ") " + WORD)),
          new Check(
              "a date of birth",
              Pattern.compile(
                  "(?i)\\b(?:born|d\\.?o\\.?b\\.?|date of birth)\\b[^.]{0,20}?\\d{1,2}[/ .-]"
                      + "(?:\\d{1,2}|[a-z]{3,9})[/ .-]\\d{2,4}")),
          new Check("a date", Pattern.compile("\\b\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2}\\b")),
          new Check(
              "an address",
              Pattern.compile(
                  "\\b\\d{1,4}[a-z]? "
                      + WORD
                      + "(?: "
                      + WORD
                      + ")? (?:Road|Street|Lane|Avenue|"
                      + "Close|Drive|Way|Gardens|Crescent|Place|Court|Terrace|Hill|Grove|Rise)\\b")),
          new Check("a postcode", Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b")),
          new Check("a phone number", Pattern.compile("(?:\\+44 ?|\\b0)(?:\\d[ -]?){9,10}\\b")),
          new Check("an email address", Pattern.compile("\\b[\\w.+-]+@[\\w-]+\\.[\\w.]+\\b")));

  private record Check(String what, Pattern pattern) {}

  private PersonalDataCheck() {}

  /** What looks identifying, each with the words that made it look so, in the order found. */
  public static List<String> warnings(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Set<String> found = new LinkedHashSet<>();
    for (Check check : CHECKS) {
      Matcher m = check.pattern().matcher(text);
      while (m.find()) {
        found.add("It may give " + check.what() + ": \"" + m.group().strip() + "\"");
      }
    }
    return new ArrayList<>(found);
  }

  /** Common first names in England and Wales: enough to catch "Sarah Jones" but not "Client B". */
  private static String firstNames() {
    return String.join(
        "|",
        List.of(
            "Oliver",
            "George",
            "Harry",
            "Jack",
            "Jacob",
            "Noah",
            "Charlie",
            "Thomas",
            "James",
            "William",
            "Joshua",
            "Daniel",
            "David",
            "John",
            "Michael",
            "Paul",
            "Mark",
            "Peter",
            "Richard",
            "Robert",
            "Stephen",
            "Andrew",
            "Christopher",
            "Matthew",
            "Ryan",
            "Liam",
            "Mohammed",
            "Muhammad",
            "Ali",
            "Amelia",
            "Olivia",
            "Isla",
            "Emily",
            "Ava",
            "Jessica",
            "Sophie",
            "Chloe",
            "Emma",
            "Grace",
            "Lily",
            "Mia",
            "Ella",
            "Sarah",
            "Laura",
            "Rebecca",
            "Hannah",
            "Lucy",
            "Charlotte",
            "Amy",
            "Rachel",
            "Claire",
            "Karen",
            "Susan",
            "Julie",
            "Helen",
            "Lisa",
            "Michelle",
            "Nicola",
            "Jane",
            "Mary",
            "Elizabeth",
            "Fatima",
            "Aisha",
            "Priya"));
  }
}
