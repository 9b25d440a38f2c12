package org.commissioninghub.monitoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What officers add to the catalogue: templates, measures and each programme's chosen return. */
@Repository
class TemplateRepository {

  private final JdbcClient jdbc;

  TemplateRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insertTemplate(
      String code,
      String name,
      String description,
      String basedOn,
      String by,
      OffsetDateTime at,
      List<MetricDefinition> metrics) {
    jdbc.sql(
            """
            INSERT INTO return_template (code, name, description, based_on, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(code, name, description, basedOn, by, at)
        .update();
    int position = 0;
    for (MetricDefinition m : metrics) {
      jdbc.sql(
              """
              INSERT INTO return_template_metric (template_id, metric_id, position)
              SELECT t.id, ?, ? FROM return_template t WHERE t.code = ?""")
          .params(m.id(), ++position, code)
          .update();
    }
  }

  /** Adds a measure at the end of the catalogue. */
  void insertMeasure(MeasureCommand m, String by, OffsetDateTime at) {
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
            m.code(),
            m.label(),
            m.section(),
            m.unit().name(),
            m.aggregation().name(),
            m.kind().name(),
            m.denominator(),
            position,
            by,
            at)
        .update();
  }

  /** Replaces the programme's chosen return. */
  void chooseForProgramme(String programme, long templateId, String by, OffsetDateTime at) {
    jdbc.sql("DELETE FROM programme_return_template WHERE programme = ?").param(programme).update();
    jdbc.sql(
            """
            INSERT INTO programme_return_template (programme, template_id, chosen_by, chosen_at)
            VALUES (?, ?, ?, ?)""")
        .params(programme, templateId, by, at)
        .update();
  }

  Optional<String> templateForProgramme(String programme) {
    return jdbc.sql(
            """
            SELECT t.code FROM programme_return_template p
            JOIN return_template t ON t.id = p.template_id WHERE p.programme = ?""")
        .param(programme)
        .query(String.class)
        .optional();
  }

  List<ProgrammeTemplate> programmeChoices() {
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
}
