package org.commissioninghub.monitoring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes and contracts choose their return and may add measures: officers make a template from
 * another plus measures from the catalogue, add measures to the catalogue, and choose the template
 * a programme's awards make by default. Templates and measures in use are never changed, only added
 * to, so past returns keep their meaning.
 */
@Service
public class ReturnTemplates {

  private final JdbcClient jdbc;
  private final MonitoringRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  ReturnTemplates(JdbcClient jdbc, MonitoringRepository repository, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public ReturnTemplate create(String username, TemplateCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = command.name() == null ? "" : command.name().strip();
    if (name.isEmpty()) {
      problems.add(new FieldProblem("name", "Name the return, like \"Hate crime service return\""));
    } else if (name.length() > 200) {
      problems.add(new FieldProblem("name", "The name must be 200 characters or fewer"));
    }
    String code = Slugs.of(name);
    if (!name.isEmpty() && repository.template(code).isPresent()) {
      problems.add(new FieldProblem("name", "There is already a return called " + name));
    }
    Optional<ReturnTemplate> base =
        command.basedOn() == null || command.basedOn().isBlank()
            ? Optional.empty()
            : repository.template(command.basedOn().strip());
    if (base.isEmpty()) {
      problems.add(new FieldProblem("basedOn", "Choose the return this one starts from"));
    }
    Set<String> have = new LinkedHashSet<>();
    base.ifPresent(b -> b.metrics().forEach(m -> have.add(m.code())));
    List<MetricDefinition> catalogue = repository.measures();
    List<MetricDefinition> added = new ArrayList<>();
    for (String wanted :
        command.addedMeasures() == null ? List.<String>of() : command.addedMeasures()) {
      Optional<MetricDefinition> m =
          catalogue.stream().filter(c -> c.code().equals(wanted)).findFirst();
      if (m.isEmpty()) {
        problems.add(new FieldProblem("addedMeasures", "There is no measure " + wanted));
      } else if (have.add(wanted)) {
        added.add(m.get());
      }
    }
    if (added.isEmpty() && base.isPresent()) {
      problems.add(
          new FieldProblem(
              "addedMeasures", "Choose at least one measure to add to " + base.get().name()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("TEMPLATE-1", problems);
    }
    ReturnTemplate from = base.orElseThrow();
    String description =
        from.name()
            + ", plus: "
            + String.join("; ", added.stream().map(MetricDefinition::label).toList());
    jdbc.sql(
            """
            INSERT INTO return_template (code, name, description, based_on, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(code, name, truncate(description, 2000), from.code(), username, now())
        .update();
    int position = 0;
    for (MetricDefinition m : from.metrics()) {
      addMetric(code, m, ++position);
    }
    for (MetricDefinition m : added) {
      addMetric(code, m, ++position);
    }
    audit.record("return-template.created", "return-template", code, description);
    return repository.template(code).orElseThrow();
  }

  @Transactional
  public MetricDefinition defineMeasure(String username, MeasureCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    String code = command.code() == null ? "" : command.code().strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z][A-Z0-9_]{1,59}")) {
      problems.add(
          new FieldProblem(
              "code",
              "Give a code of capital letters, digits and underscores, like HATE_CRIME_CASES"));
    } else if (repository.measures().stream().anyMatch(m -> m.code().equals(code))) {
      problems.add(new FieldProblem("code", "There is already a measure " + code));
    }
    String label = required(command.label(), "label", "Say what is counted", 200, problems);
    String section =
        required(
            command.section(), "section", "Say which part of the return it goes in", 100, problems);
    Unit unit = choice(Unit.class, command.unit(), "unit", "Choose the unit", problems);
    Aggregation aggregation =
        choice(
            Aggregation.class,
            command.aggregation(),
            "aggregation",
            "Choose how quarters add up",
            problems);
    MetricKind kind =
        choice(
            MetricKind.class,
            command.kind(),
            "kind",
            "Choose output, outcome or context",
            problems);
    String denominator =
        command.denominator() == null || command.denominator().isBlank()
            ? null
            : command.denominator().strip();
    if (denominator != null
        && repository.measures().stream().noneMatch(m -> m.code().equals(denominator))) {
      problems.add(new FieldProblem("denominator", "There is no measure " + denominator));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("MEASURE-1", problems);
    }
    int position =
        jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM metric_definition")
            .query(Integer.class)
            .single();
    jdbc.sql(
            """
            INSERT INTO metric_definition (code, label, section, unit, aggregation, kind,
              moj_outcome, denominator_code, position, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)""")
        .params(
            code,
            label,
            section,
            unit.name(),
            aggregation.name(),
            kind.name(),
            denominator,
            position,
            username,
            now())
        .update();
    audit.record(
        "metric.defined",
        "metric",
        code,
        label + " (" + section + ", " + unit.name() + ", " + aggregation.label() + ")");
    return repository.measures().stream()
        .filter(m -> m.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Transactional
  public void chooseForProgramme(String username, String programme, String templateCode) {
    List<FieldProblem> problems = new ArrayList<>();
    String p = programme == null ? "" : programme.strip();
    if (p.isEmpty()) {
      problems.add(new FieldProblem("programme", "Choose the programme"));
    }
    Optional<ReturnTemplate> template =
        templateCode == null ? Optional.empty() : repository.template(templateCode.strip());
    if (template.isEmpty()) {
      problems.add(new FieldProblem("programmeTemplate", "Choose the return its awards make"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("TEMPLATE-2", problems);
    }
    jdbc.sql("DELETE FROM programme_return_template WHERE programme = ?").param(p).update();
    jdbc.sql(
            """
            INSERT INTO programme_return_template (programme, template_id, chosen_by, chosen_at)
            VALUES (?, ?, ?, ?)""")
        .params(p, template.get().id(), username, now())
        .update();
    audit.record("programme-template.chosen", "programme", p, template.get().name());
  }

  @Transactional(readOnly = true)
  public Optional<String> templateForProgramme(String programme) {
    if (programme == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            SELECT t.code FROM programme_return_template p
            JOIN return_template t ON t.id = p.template_id WHERE p.programme = ?""")
        .param(programme)
        .query(String.class)
        .optional();
  }

  @Transactional(readOnly = true)
  public List<ProgrammeTemplate> programmeChoices() {
    return jdbc.sql(
            """
            SELECT p.programme, t.code, t.name, p.chosen_by, p.chosen_at
            FROM programme_return_template p JOIN return_template t ON t.id = p.template_id
            ORDER BY p.programme""")
        .query(
            (rs, n) ->
                new ProgrammeTemplate(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, OffsetDateTime.class)))
        .list();
  }

  private void addMetric(String templateCode, MetricDefinition m, int position) {
    jdbc.sql(
            """
            INSERT INTO return_template_metric (template_id, metric_id, position)
            SELECT t.id, ?, ? FROM return_template t WHERE t.code = ?""")
        .params(m.id(), position, templateCode)
        .update();
  }

  private static String required(
      String text, String field, String message, int max, List<FieldProblem> problems) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      problems.add(new FieldProblem(field, message));
    } else if (t.length() > max) {
      problems.add(new FieldProblem(field, "This must be " + max + " characters or fewer"));
    }
    return t;
  }

  private static <E extends Enum<E>> E choice(
      Class<E> type, String text, String field, String message, List<FieldProblem> problems) {
    try {
      return Enum.valueOf(type, text == null ? "" : text.strip());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, message));
      return null;
    }
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
