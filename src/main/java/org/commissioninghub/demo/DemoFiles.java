package org.commissioninghub.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.CsvReader;
import org.commissioninghub.shared.CsvReader.Row;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.InvalidInputException;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** Reads the demo's CSV files and names the row and column of anything a feature refuses. */
@Component
class DemoFiles {

  private final ResourceLoader resources;

  DemoFiles(ResourceLoader resources) {
    this.resources = resources;
  }

  List<Row> read(String location, String file, List<String> required) {
    String base = location.endsWith("/") ? location : location + "/";
    try (InputStream in = resources.getResource(base + file).getInputStream()) {
      return CsvReader.parse(
          "demo/" + file, new String(in.readAllBytes(), StandardCharsets.UTF_8), required);
    } catch (IOException e) {
      throw new IllegalStateException("The demo file " + base + file + " cannot be read", e);
    }
  }

  /** Runs a step for a row, so that a refusal names the file, row and column, not just a field. */
  static void located(Row row, Runnable step) {
    try {
      step.run();
    } catch (InvalidInputException e) {
      List<FieldProblem> located = new ArrayList<>();
      e.problems()
          .forEach(
              p ->
                  located.add(
                      new FieldProblem(
                          row.where(p.field().replaceFirst("^values\\.", "")), p.message())));
      throw new InvalidInputException(e.code(), located);
    }
  }
}
