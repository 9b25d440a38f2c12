package org.commissioninghub.monitoring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Slugs;
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

  private final TemplateRepository templates;
  private final MonitoringRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  ReturnTemplates(
      TemplateRepository templates, MonitoringRepository repository, AuditLog audit, Clock clock) {
    this.templates = templates;
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  /** A template from another's measures plus those added; refused if nothing new is added. */
  @Transactional
  public ReturnTemplate create(String username, TemplateCommand command) {
    Problems problems = new Problems();
    String code = Slugs.of(command.name());
    if (repository.template(code).isPresent()) {
      problems.add("name", "There is already a return called " + command.name());
    }
    Optional<ReturnTemplate> base = repository.template(command.basedOn());
    if (base.isEmpty()) {
      problems.add("basedOn", "Choose the return this one starts from");
    }
    List<MetricDefinition> added = added(base, command.addedMeasures(), problems);
    problems.throwIfAny("TEMPLATE-1");
    ReturnTemplate from = base.orElseThrow();
    String description =
        from.name()
            + ", plus: "
            + String.join("; ", added.stream().map(MetricDefinition::label).toList());
    List<MetricDefinition> metrics = new ArrayList<>(from.metrics());
    metrics.addAll(added);
    templates.insertTemplate(
        code, command.name(), truncate(description, 2000), from.code(), username, now(), metrics);
    audit.record("return-template.created", "return-template", code, description);
    return repository.template(code).orElseThrow();
  }

  /** The catalogue's measures wanted that the base does not have; at least one is needed. */
  private List<MetricDefinition> added(
      Optional<ReturnTemplate> base, List<String> wanted, Problems problems) {
    Set<String> have = new LinkedHashSet<>();
    base.ifPresent(b -> b.metrics().forEach(m -> have.add(m.code())));
    List<MetricDefinition> catalogue = repository.measures();
    List<MetricDefinition> added = new ArrayList<>();
    for (String code : wanted) {
      Optional<MetricDefinition> m =
          catalogue.stream().filter(c -> c.code().equals(code)).findFirst();
      if (m.isEmpty()) {
        problems.add("addedMeasures", "There is no measure " + code);
      } else if (have.add(code)) {
        added.add(m.get());
      }
    }
    if (added.isEmpty() && base.isPresent()) {
      problems.add("addedMeasures", "Choose at least one measure to add to " + base.get().name());
    }
    return added;
  }

  /** Adds a measure to the catalogue; its code is new and its rate's base is a known measure. */
  @Transactional
  public MetricDefinition defineMeasure(String username, MeasureCommand command) {
    Problems problems = new Problems();
    List<MetricDefinition> catalogue = repository.measures();
    if (catalogue.stream().anyMatch(m -> m.code().equals(command.code()))) {
      problems.add("code", "There is already a measure " + command.code());
    }
    String denominator = command.denominator();
    if (denominator != null && catalogue.stream().noneMatch(m -> m.code().equals(denominator))) {
      problems.add("denominator", "There is no measure " + denominator);
    }
    problems.throwIfAny("MEASURE-1");
    templates.insertMeasure(command, username, now());
    audit.record(
        "metric.defined",
        "metric",
        command.code(),
        command.label()
            + " ("
            + command.section()
            + ", "
            + command.unit().name()
            + ", "
            + command.aggregation().label()
            + ")");
    return repository.measures().stream()
        .filter(m -> m.code().equals(command.code()))
        .findFirst()
        .orElseThrow();
  }

  @Transactional
  public void chooseForProgramme(String username, ProgrammeTemplateChoice choice) {
    ReturnTemplate template =
        repository
            .template(choice.template())
            .orElseThrow(
                () ->
                    org.commissioninghub.shared.InvalidInputException.of(
                        "TEMPLATE-2", "programmeTemplate", "Choose the return its awards make"));
    templates.chooseForProgramme(choice.programme(), template.id(), username, now());
    audit.record("programme-template.chosen", "programme", choice.programme(), template.name());
  }

  @Transactional(readOnly = true)
  public Optional<String> templateForProgramme(String programme) {
    return programme == null ? Optional.empty() : templates.templateForProgramme(programme);
  }

  @Transactional(readOnly = true)
  public List<ProgrammeTemplate> programmeChoices() {
    return templates.programmeChoices();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
