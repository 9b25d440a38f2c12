package org.commissioninghub.opendata;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.awards.AwardStatus;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.awards.DeliveryArea;
import org.commissioninghub.organisations.OrganisationType;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was funded, how much, from which stream and programme, in which year: every line of every
 * approved award, for anyone to search and filter. An individual recipient is never named.
 */
@Service
public class PublicFunding {

  public static final String WITHHELD = "An individual (name withheld)";
  private static final Set<AwardStatus> SHOWN =
      EnumSet.of(AwardStatus.APPROVED, AwardStatus.ACTIVE, AwardStatus.ENDED);

  private final Awards awards;
  private final Organisations organisations;

  PublicFunding(Awards awards, Organisations organisations) {
    this.awards = awards;
    this.organisations = organisations;
  }

  /** One award line as the public sees it. */
  public record Line(
      String recipient,
      String award,
      String title,
      String programme,
      String stream,
      FinancialYear year,
      Money amount,
      List<String> districts) {

    /** The districts it is delivered in, or countywide. */
    public String where() {
      return districts.isEmpty() ? DeliveryArea.EVERYWHERE : String.join(", ", districts);
    }
  }

  /** What was asked for; null or blank means any. */
  public record Filter(
      FinancialYear year, String stream, String programme, String text, String district) {

    public Filter(FinancialYear year, String stream, String programme, String text) {
      this(year, stream, programme, text, null);
    }

    boolean matches(Line l) {
      return (year == null || year.equals(l.year()))
          && (blank(district)
              || l.districts().contains(district)
              || (district.equals(DeliveryArea.EVERYWHERE) && l.districts().isEmpty()))
          && (blank(stream) || stream.equals(l.stream()))
          && (blank(programme) || programme.equals(l.programme()))
          && (blank(text) || contains(l.recipient(), text) || contains(l.title(), text));
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }

    private static boolean contains(String haystack, String needle) {
      return haystack != null
          && haystack.toLowerCase(Locale.ROOT).contains(needle.strip().toLowerCase(Locale.ROOT));
    }
  }

  /** The lines that match, their total and the totals by stream and by programme. */
  public record Result(
      Filter filter,
      List<Line> lines,
      Money total,
      Map<String, Money> byStream,
      Map<String, Money> byProgramme,
      Map<String, Money> byDistrict,
      List<FinancialYear> years,
      List<String> streams,
      List<String> programmes) {}

  /** The districts a line can be filtered by: each of Kent and Medway's, and countywide. */
  public static List<String> districts() {
    List<String> all = new ArrayList<>();
    all.add(DeliveryArea.EVERYWHERE);
    for (DeliveryArea a : DeliveryArea.values()) {
      all.add(a.label());
    }
    return all;
  }

  @Transactional(readOnly = true)
  public Result find(Filter filter) {
    List<Line> all = lines();
    List<Line> lines = all.stream().filter(filter::matches).toList();
    Map<String, Money> byStream = new LinkedHashMap<>();
    Map<String, Money> byProgramme = new LinkedHashMap<>();
    Map<String, Money> byDistrict = new LinkedHashMap<>();
    Money total = Money.ZERO;
    for (Line l : lines) {
      if (l.districts().isEmpty()) {
        byDistrict.merge(DeliveryArea.EVERYWHERE, l.amount(), Money::plus);
      }
      // A service delivered in several districts counts in full in each: the page says so.
      l.districts().forEach(d -> byDistrict.merge(d, l.amount(), Money::plus));
      total = total.plus(l.amount());
      byStream.merge(l.stream(), l.amount(), Money::plus);
      byProgramme.merge(
          l.programme() == null ? "No programme recorded" : l.programme(), l.amount(), Money::plus);
    }
    return new Result(
        filter,
        lines,
        total,
        sortedByAmount(byStream),
        sortedByAmount(byProgramme),
        sortedByAmount(byDistrict),
        all.stream()
            .map(Line::year)
            .distinct()
            .sorted(java.util.Comparator.reverseOrder())
            .toList(),
        List.copyOf(new TreeSet<>(all.stream().map(Line::stream).toList())),
        List.copyOf(
            new TreeSet<>(all.stream().map(Line::programme).filter(p -> p != null).toList())));
  }

  private List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    Map<Long, OrganisationView> recipients = new HashMap<>();
    Map<String, List<DeliveryArea>> areas = awards.areasByAward();
    // Every award with all its lines: a multi-year award shows each year's line.
    for (AwardView award : awards.all()) {
      if (!SHOWN.contains(award.status())) {
        continue;
      }
      OrganisationView o = recipients.computeIfAbsent(award.organisationId(), organisations::get);
      boolean individual = o.type() == OrganisationType.INDIVIDUAL;
      List<String> districts =
          areas.getOrDefault(award.publicId(), List.of()).stream()
              .map(DeliveryArea::label)
              .toList();
      for (AwardLineView line : award.lines()) {
        lines.add(
            new Line(
                individual ? WITHHELD : o.name(),
                award.publicId(),
                individual ? "Grant to an individual" : award.title(),
                award.programme(),
                line.streamName(),
                line.year(),
                line.amount(),
                districts));
      }
    }
    lines.sort(
        java.util.Comparator.comparing(Line::year)
            .reversed()
            .thenComparing(Line::recipient)
            .thenComparing(Line::stream));
    return lines;
  }

  private static Map<String, Money> sortedByAmount(Map<String, Money> totals) {
    Map<String, Money> sorted = new LinkedHashMap<>();
    totals.entrySet().stream()
        .sorted((a, b) -> b.getValue().compareTo(a.getValue()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
