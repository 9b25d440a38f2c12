package org.commissioninghub.shared;

import java.util.List;

/**
 * A horizontal bar chart drawn as SVG in the page (no script), always shown with a table of the
 * same figures for people who cannot see it.
 */
public record BarChart(String id, String title, List<Bar> bars) {

  public record Bar(String label, long value, double width) {}

  /** Bars scaled so the largest fills the width (400 units of the chart's 640). */
  public static BarChart of(String id, String title, List<String> labels, List<Long> values) {
    long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
    List<Bar> bars =
        java.util.stream.IntStream.range(0, labels.size())
            .mapToObj(
                i ->
                    new Bar(
                        labels.get(i),
                        values.get(i),
                        max == 0 ? 0 : Math.round(values.get(i) * 4000.0 / max) / 10.0))
            .toList();
    return new BarChart(id, title, bars);
  }

  public int height() {
    return bars.size() * 40 + 10;
  }
}
