package org.commissioninghub.support;

import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Property-based generation for the parsers (issue 15's fuzzing): inputs are made from a seeded
 * {@link Random} by three strategies, random bytes, random runs of the tokens parsers care about,
 * and mutations of valid samples, and each parser must either accept an input or refuse it with the
 * product's own refusal exception. Anything else (a NumberFormatException, an ArithmeticException,
 * an OutOfMemoryError, a JSON library's exception) fails with the input, the seed and the try
 * number so it can be replayed.
 *
 * <p>Not coverage-guided: Jazzer is not available offline here. The number of tries comes from
 * {@code -Dfuzz.tries} (default 300, the short run in {@code mvn verify}) and the seed from {@code
 * -Dfuzz.seed}; docs/reliability.md gives the long run's command and figures.
 */
public final class Fuzz {

  private static final String[] TOKENS = {
    ",",
    "\"",
    "\"\"",
    "\r\n",
    "\n",
    "\r",
    "£",
    ".",
    "-",
    "+",
    "=",
    "@",
    "/",
    ":",
    "0",
    "1",
    "9",
    "12",
    "1,250",
    "99999999999999999999",
    "E",
    "e+999999999",
    "1E+2147483647",
    " ",
    "\u0000",
    "\t",
    "\uFEFF",
    "{",
    "}",
    "[",
    "]",
    "null",
    "true",
    "\"grants\"",
    "\"amountAwarded\"",
    "\"title\"",
    "\"plannedDates\"",
    "\"duration\"",
    "\"recipientOrganization\"",
    "RETURN",
    "NARRATIVE",
    "REFERRALS",
    "Code,Section,Measure,Unit,Value",
    "2024-04-01",
    "31/02/2025",
    "1/4/2024",
    "0000-01-01",
    "+999999999-12-31",
    "2024/25",
    "2024/26",
    "é",
    "😀",
    "\\u0000",
    "Amount Awarded",
    "Identifier",
    "Title",
    "Planned Dates:Duration (months)",
    "-12.50",
    "£1,250.50",
    "£56,77"
  };

  private Fuzz() {}

  public static int tries() {
    return Integer.getInteger("fuzz.tries", 300);
  }

  public static long seed() {
    return Long.getLong("fuzz.seed", 20_261_207L);
  }

  /** A parser under test; it may throw. */
  @FunctionalInterface
  public interface Parser {
    void parse(byte[] input) throws Exception;
  }

  /** How a run went, printed so the long run's figures can be copied into the docs. */
  public record Report(String name, int tries, int accepted, int refused, long millis) {
    @Override
    public String toString() {
      return "fuzz "
          + name
          + ": "
          + tries
          + " tries, "
          + accepted
          + " accepted, "
          + refused
          + " refused as expected, 0 unexpected, "
          + millis
          + " ms";
    }
  }

  /**
   * Runs the parser on {@link #tries()} generated inputs.
   *
   * @param samples valid inputs to mutate
   * @param refusal the exceptions that are the parser's own way of saying no
   */
  public static Report run(
      String name, List<byte[]> samples, Parser parser, Predicate<Throwable> refusal) {
    Random random = new Random(seed() ^ name.hashCode());
    int accepted = 0;
    int refused = 0;
    long started = System.nanoTime();
    for (int i = 0; i < tries(); i++) {
      byte[] input = generate(random, samples);
      try {
        parser.parse(input);
        accepted++;
      } catch (Throwable t) {
        if (refusal.test(t)) {
          refused++;
        } else {
          fail(
              name
                  + ": unexpected "
                  + t
                  + " on try "
                  + i
                  + " (seed "
                  + seed()
                  + ") for input "
                  + shown(input),
              t);
        }
      }
    }
    Report report =
        new Report(name, tries(), accepted, refused, (System.nanoTime() - started) / 1_000_000);
    System.out.println(report);
    return report;
  }

  /** The exception's exact class, not a subclass: IllegalArgumentException but not NFE. */
  public static Predicate<Throwable> exactly(Class<? extends Throwable> type) {
    return t -> t.getClass() == type;
  }

  public static List<byte[]> utf8(String... samples) {
    List<byte[]> bytes = new ArrayList<>();
    for (String s : samples) {
      bytes.add(s.getBytes(StandardCharsets.UTF_8));
    }
    return bytes;
  }

  static byte[] generate(Random random, List<byte[]> samples) {
    int strategy = random.nextInt(6);
    if (strategy == 0 || samples.isEmpty()) {
      byte[] bytes = new byte[random.nextInt(64)];
      random.nextBytes(bytes);
      return bytes;
    }
    if (strategy == 1) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(60); n > 0; n--) {
        b.append(TOKENS[random.nextInt(TOKENS.length)]);
      }
      return b.toString().getBytes(StandardCharsets.UTF_8);
    }
    List<Byte> out = new ArrayList<>();
    for (byte x : samples.get(random.nextInt(samples.size()))) {
      out.add(x);
    }
    for (int m = 1 + random.nextInt(6); m > 0; m--) {
      mutate(random, out);
    }
    byte[] bytes = new byte[out.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = out.get(i);
    }
    return bytes;
  }

  private static void mutate(Random random, List<Byte> out) {
    int at = out.isEmpty() ? 0 : random.nextInt(out.size() + 1);
    switch (random.nextInt(7)) {
      case 0 -> {
        if (at < out.size()) {
          out.set(at, (byte) random.nextInt(256));
        }
      }
      case 1 -> insert(out, at, TOKENS[random.nextInt(TOKENS.length)]);
      case 2 -> {
        int end = Math.min(out.size(), at + random.nextInt(16));
        out.subList(Math.min(at, end), end).clear();
      }
      case 3 -> {
        int end = Math.min(out.size(), at + random.nextInt(32));
        List<Byte> copy = new ArrayList<>(out.subList(Math.min(at, end), end));
        out.addAll(Math.min(at, out.size()), copy);
      }
      case 4 -> out.subList(Math.min(at, out.size()), out.size()).clear();
      case 5 -> {
        // Rarely, a long run: the megabyte-number case, kept short enough for the quick run.
        if (random.nextInt(20) == 0) {
          insert(out, at, (random.nextBoolean() ? "9" : "x").repeat(1 + random.nextInt(200_000)));
        }
      }
      default -> insert(out, at, String.valueOf(random.nextLong()));
    }
  }

  private static void insert(List<Byte> out, int at, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<Byte> list = new ArrayList<>(bytes.length);
    for (byte x : bytes) {
      list.add(x);
    }
    out.addAll(Math.min(at, out.size()), list);
  }

  private static String shown(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    if (text.length() > 300) {
      text = text.substring(0, 300) + "… (" + input.length + " bytes)";
    }
    StringBuilder b = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      b.append(c < 0x20 || c == '"' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return b.append('"').toString();
  }
}
