package org.commissioninghub.programmes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commissioninghub.organisations.OrganisationType;
import org.commissioninghub.organisations.PolicyKind;
import org.commissioninghub.programmes.ProgrammeView.CriterionView;
import org.commissioninghub.programmes.ProgrammeView.QuestionView;
import org.commissioninghub.programmes.ProgrammeView.StepView;
import org.commissioninghub.programmes.ProgrammeView.StreamRef;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ProgrammeRepository {

  private static final String PROGRAMME =
      """
      SELECT p.*, o.public_id AS owner_public_id, o.name AS owner_name
      FROM programme p JOIN organisation o ON o.id = p.owner_id
      """;
  private static final String ROUND =
      """
      SELECT r.*, p.public_id AS programme_public_id, a.public_id AS after_public_id
      FROM funding_round r JOIN programme p ON p.id = r.programme_id
      LEFT JOIN funding_round a ON a.id = r.opens_after_round_id
      """;

  private final JdbcClient jdbc;

  ProgrammeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void lockRound(long id) {
    org.commissioninghub.shared.RowLocks.lock(jdbc, "funding_round", List.of(id));
  }

  long insertProgramme(NewProgramme p, long ownerId, List<Long> streamIds, OffsetDateTime now) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO programme (public_id, name, description, owner_id, max_per_year_pence, max_years,
              eligible_types, eligible_areas, priorities, max_document_bytes, required_policies,
              created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            p.publicId(),
            p.name(),
            p.description(),
            ownerId,
            p.maxPerYear().pence(),
            p.maxYears(),
            String.join(",", p.eligibleTypes().stream().map(Enum::name).sorted().toList()),
            p.eligibleAreas(),
            p.priorities(),
            p.maxDocumentBytes(),
            String.join(",", p.requiredPolicies().stream().map(Enum::name).sorted().toList()),
            now)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (int i = 0; i < streamIds.size(); i++) {
      jdbc.sql("INSERT INTO programme_stream (programme_id, stream_id, position) VALUES (?, ?, ?)")
          .params(id, streamIds.get(i), i)
          .update();
    }
    int position = 0;
    for (NewProgramme.Criterion c : p.criteria()) {
      jdbc.sql(
              "INSERT INTO programme_criterion (programme_id, position, name, weight, scale_max, guidance) VALUES (?, ?, ?, ?, ?, ?)")
          .params(id, position++, c.name(), c.weight(), c.scaleMax(), c.guidance())
          .update();
    }
    position = 0;
    for (NewProgramme.Question q : p.questions()) {
      jdbc.sql(
              """
              INSERT INTO programme_question (programme_id, position, question_key, label, hint, kind,
                required, word_limit, choices, eligibility, eligible_answer, ineligible_reason)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              id,
              position++,
              q.key(),
              q.label(),
              q.hint(),
              q.kind().name(),
              q.required(),
              q.wordLimit(),
              q.choices().isEmpty() ? null : String.join("\n", q.choices()),
              q.eligibility(),
              q.eligibleAnswer(),
              q.ineligibleReason())
          .update();
    }
    for (NewProgramme.Step s : p.steps()) {
      jdbc.sql(
              """
              INSERT INTO programme_approval_step (programme_id, position, name, role, recommends,
                applies_over_pence, applies_up_to_pence) VALUES (?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              id,
              s.position(),
              s.name(),
              s.role().name(),
              s.recommends(),
              s.appliesOver() == null ? null : s.appliesOver().pence(),
              s.appliesUpTo() == null ? null : s.appliesUpTo().pence())
          .update();
    }
    return id;
  }

  boolean programmeExists(String publicId) {
    return jdbc.sql("SELECT COUNT(*) FROM programme WHERE public_id = ?")
            .param(publicId)
            .query(Integer.class)
            .single()
        > 0;
  }

  List<ProgrammeView> programmes() {
    return jdbc.sql(PROGRAMME + " ORDER BY p.name").query(this::mapProgramme).list();
  }

  Optional<ProgrammeView> programme(String publicId) {
    return jdbc.sql(PROGRAMME + " WHERE p.public_id = ?")
        .param(publicId)
        .query(this::mapProgramme)
        .optional();
  }

  Optional<ProgrammeView> programme(long id) {
    return jdbc.sql(PROGRAMME + " WHERE p.id = ?").param(id).query(this::mapProgramme).optional();
  }

  private ProgrammeView mapProgramme(ResultSet rs, int n) throws SQLException {
    long id = rs.getLong("id");
    String types = rs.getString("eligible_types");
    Set<OrganisationType> eligible = EnumSet.noneOf(OrganisationType.class);
    if (types != null && !types.isBlank()) {
      Arrays.stream(types.split(",")).map(OrganisationType::valueOf).forEach(eligible::add);
    }
    return new ProgrammeView(
        id,
        rs.getString("public_id"),
        rs.getString("name"),
        rs.getString("description"),
        rs.getLong("owner_id"),
        rs.getString("owner_public_id"),
        rs.getString("owner_name"),
        Money.ofPence(rs.getLong("max_per_year_pence")),
        rs.getInt("max_years"),
        eligible,
        rs.getString("eligible_areas"),
        rs.getString("priorities"),
        rs.getLong("max_document_bytes"),
        streams(id),
        criteria(id),
        questions(id),
        steps(id),
        codes(PolicyKind.class, rs.getString("required_policies")));
  }

  private static <E extends Enum<E>> Set<E> codes(Class<E> type, String joined) {
    Set<E> set = EnumSet.noneOf(type);
    if (joined != null && !joined.isBlank()) {
      Arrays.stream(joined.split(",")).map(v -> Enum.valueOf(type, v)).forEach(set::add);
    }
    return set;
  }

  private List<StreamRef> streams(long programmeId) {
    return jdbc.sql(
            """
            SELECT s.id, s.public_id, s.name, s.financial_year FROM programme_stream ps
            JOIN funding_stream s ON s.id = ps.stream_id WHERE ps.programme_id = ? ORDER BY ps.position
            """)
        .param(programmeId)
        .query(
            (rs, n) ->
                new StreamRef(
                    rs.getLong("id"),
                    rs.getString("public_id"),
                    rs.getString("name"),
                    new FinancialYear(rs.getInt("financial_year"))))
        .list();
  }

  private List<CriterionView> criteria(long programmeId) {
    return jdbc.sql("SELECT * FROM programme_criterion WHERE programme_id = ? ORDER BY position")
        .param(programmeId)
        .query(
            (rs, n) ->
                new CriterionView(
                    rs.getLong("id"),
                    rs.getInt("position"),
                    rs.getString("name"),
                    rs.getInt("weight"),
                    rs.getInt("scale_max"),
                    rs.getString("guidance")))
        .list();
  }

  private List<QuestionView> questions(long programmeId) {
    return jdbc.sql("SELECT * FROM programme_question WHERE programme_id = ? ORDER BY position")
        .param(programmeId)
        .query(
            (rs, n) -> {
              String choices = rs.getString("choices");
              return new QuestionView(
                  rs.getLong("id"),
                  rs.getInt("position"),
                  rs.getString("question_key"),
                  rs.getString("label"),
                  rs.getString("hint"),
                  QuestionKind.valueOf(rs.getString("kind")),
                  rs.getBoolean("required"),
                  rs.getObject("word_limit", Integer.class),
                  choices == null ? List.of() : List.of(choices.split("\n")),
                  rs.getBoolean("eligibility"),
                  rs.getString("eligible_answer"),
                  rs.getString("ineligible_reason"));
            })
        .list();
  }

  private List<StepView> steps(long programmeId) {
    return jdbc.sql(
            "SELECT * FROM programme_approval_step WHERE programme_id = ? ORDER BY position, id")
        .param(programmeId)
        .query(
            (rs, n) ->
                new StepView(
                    rs.getLong("id"),
                    rs.getInt("position"),
                    rs.getString("name"),
                    rs.getString("role"),
                    rs.getBoolean("recommends"),
                    money(rs, "applies_over_pence"),
                    money(rs, "applies_up_to_pence")))
        .list();
  }

  long insertRound(NewRound r, long programmeId, Long opensAfterRoundId, OffsetDateTime now) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO funding_round (public_id, programme_id, name, reference_prefix, opens_at, closes_at,
              budget_pence, first_year, advert, opens_after_round_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            r.publicId(),
            programmeId,
            r.name(),
            r.referencePrefix(),
            r.window().opens().toOffsetDateTime(),
            r.window().closes().toOffsetDateTime(),
            r.budget().pence(),
            r.firstYear().startYear(),
            r.advert(),
            opensAfterRoundId,
            now)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  boolean roundExists(String publicId) {
    return jdbc.sql("SELECT COUNT(*) FROM funding_round WHERE public_id = ?")
            .param(publicId)
            .query(Integer.class)
            .single()
        > 0;
  }

  boolean prefixTaken(String prefix) {
    return jdbc.sql("SELECT COUNT(*) FROM funding_round WHERE reference_prefix = ?")
            .param(prefix)
            .query(Integer.class)
            .single()
        > 0;
  }

  List<RoundView> rounds() {
    return jdbc.sql(ROUND + " ORDER BY r.closes_at DESC, r.name").query(this::mapRound).list();
  }

  List<RoundView> roundsOf(long programmeId) {
    return jdbc.sql(ROUND + " WHERE r.programme_id = ? ORDER BY r.closes_at DESC")
        .param(programmeId)
        .query(this::mapRound)
        .list();
  }

  Optional<RoundView> round(String publicId) {
    return jdbc.sql(ROUND + " WHERE r.public_id = ?")
        .param(publicId)
        .query(this::mapRound)
        .optional();
  }

  Optional<RoundView> round(long id) {
    return jdbc.sql(ROUND + " WHERE r.id = ?").param(id).query(this::mapRound).optional();
  }

  private RoundView mapRound(ResultSet rs, int n) throws SQLException {
    ProgrammeView programme = programme(rs.getLong("programme_id")).orElseThrow();
    ZonedDateTime opens =
        rs.getObject("opens_at", OffsetDateTime.class).atZoneSameInstant(RoundWindow.UK);
    ZonedDateTime closes =
        rs.getObject("closes_at", OffsetDateTime.class).atZoneSameInstant(RoundWindow.UK);
    return new RoundView(
        rs.getLong("id"),
        rs.getString("public_id"),
        programme,
        rs.getString("name"),
        rs.getString("reference_prefix"),
        new RoundWindow(opens, closes),
        Money.ofPence(rs.getLong("budget_pence")),
        new FinancialYear(rs.getInt("first_year")),
        rs.getString("advert"),
        rs.getObject("opens_after_round_id", Long.class),
        rs.getString("after_public_id"));
  }

  private static Money money(ResultSet rs, String column) throws SQLException {
    long pence = rs.getLong(column);
    return rs.wasNull() ? null : Money.ofPence(pence);
  }
}
