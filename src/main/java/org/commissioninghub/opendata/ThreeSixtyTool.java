package org.commissioninghub.opendata;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Converts and validates 360Giving files from the command line, streaming, and reports throughput
 * and peak heap: {@code to-csv in.json out.csv}, {@code to-json in.csv out.json}, {@code to-xlsx
 * in.json out.xlsx}, {@code validate in.json}. Used by the benchmark in docs/performance.md.
 */
public final class ThreeSixtyTool {

  private ThreeSixtyTool() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: to-csv|to-json|to-xlsx IN OUT, or validate IN");
      System.exit(2);
    }
    long started = System.nanoTime();
    long grants;
    String extra = "";
    try (InputStream in =
        new BufferedInputStream(Files.newInputStream(Path.of(args[1])), 1 << 16)) {
      switch (args[0]) {
        case "to-csv" -> {
          try (OutputStream out = out(args[2]);
              GrantCsvWriter csv = new GrantCsvWriter(out)) {
            grants = GrantJsonReader.read(in, csv::write);
          }
        }
        case "to-json" -> {
          try (OutputStream out = out(args[2]);
              GrantJsonWriter json = new GrantJsonWriter(out)) {
            grants = GrantCsvReader.read(in, json::write);
          }
        }
        case "to-xlsx" -> {
          try (OutputStream out = out(args[2]);
              GrantXlsxWriter xlsx = new GrantXlsxWriter(out)) {
            grants = GrantJsonReader.read(in, xlsx::write);
          }
        }
        case "validate" -> {
          ValidationReport report =
              new GrantValidator(LocalDate.now(java.time.Clock.systemDefaultZone())).validate(in);
          grants = report.grants();
          extra =
              " schema-errors="
                  + report.schemaErrorCount()
                  + " quality-warnings="
                  + report.warnings().values().stream().mapToLong(Long::longValue).sum();
        }
        default -> throw new IllegalArgumentException("unknown command " + args[0]);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s grants=%d seconds=%.2f grants/s=%.0f peak-heap-MB=%.0f max-heap-MB=%d%s%n",
        args[0],
        grants,
        seconds,
        grants / seconds,
        peakHeap() / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576,
        extra);
  }

  private static OutputStream out(String path) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(Path.of(path)), 1 << 16);
  }

  /** The most heap in use at any point: the sum of the heap pools' peaks (an upper bound). */
  static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
