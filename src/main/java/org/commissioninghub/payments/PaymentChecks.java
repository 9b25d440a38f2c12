package org.commissioninghub.payments;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.springframework.stereotype.Component;

/**
 * The checks that recording, payment runs and imports share, so that a payment is refused for the
 * same reasons and in the same words whichever way it arrives.
 */
@Component
class PaymentChecks {

  private final PaymentRepository repository;
  private final Awards awards;
  private final FundingStreams streams;
  private final Organisations organisations;

  PaymentChecks(
      PaymentRepository repository,
      Awards awards,
      FundingStreams streams,
      Organisations organisations) {
    this.repository = repository;
    this.awards = awards;
    this.streams = streams;
    this.organisations = organisations;
  }

  /** Organisations by public id, lower-case name and lower-case alias. */
  Map<String, OrganisationView> organisationIndex() {
    Map<String, OrganisationView> index = new HashMap<>();
    for (OrganisationView o : organisations.list()) {
      index.putIfAbsent(o.name().toLowerCase(Locale.UK), o);
      o.aliases().forEach(a -> index.putIfAbsent(a.toLowerCase(Locale.UK), o));
    }
    for (OrganisationView o : organisations.list()) {
      index.put("id:" + o.publicId(), o);
    }
    return index;
  }

  static OrganisationView findOrganisation(String text, Map<String, OrganisationView> index) {
    if (text == null) {
      return null;
    }
    OrganisationView byId = index.get("id:" + text.strip());
    return byId != null ? byId : index.get(text.strip().toLowerCase(Locale.UK));
  }

  FundingStreamView findStream(String text, FinancialYear year) {
    String t = text.strip();
    try {
      return streams.get(t);
    } catch (NotFoundException e) {
      if (year == null) {
        return null;
      }
      for (FundingStreamView s : streams.streams(year)) {
        if (s.name().equalsIgnoreCase(t)
            || (s.shortName() != null && s.shortName().equalsIgnoreCase(t))) {
          return s;
        }
      }
      return null;
    }
  }

  AwardLineView line(String awardPublicId, long lineId) {
    try {
      return awards.get(awardPublicId).lines().stream()
          .filter(l -> l.id() == lineId)
          .findFirst()
          .orElse(null);
    } catch (NotFoundException e) {
      return null;
    }
  }

  /**
   * Locks the award lines a set of payments will be checked against, in one go and in id order, so
   * that two runs or imports sharing lines never wait on each other crosswise.
   */
  void lockLines(java.util.Collection<Long> lineIds) {
    awards.lockLines(lineIds);
  }

  /**
   * Refuses a payment that would take an award line's payments above the amount awarded. The line
   * is locked first and its payments added up afresh, so parallel payments cannot both pass.
   */
  void checkNotOverpaid(
      String awardPublicId,
      AwardLineView line,
      Money adding,
      Money alsoAdding,
      String field,
      String prefix,
      Problems problems) {
    Money awarded = awards.lockLines(java.util.List.of(line.id())).get(line.id());
    if (awarded == null) {
      problems.add(
          field,
          prefix
              + "the "
              + line.streamName()
              + " "
              + line.year()
              + " line is no longer on award "
              + awardPublicId
              + ", so nothing can be paid against it");
      return;
    }
    Money already = repository.paidOnLine(line.id()).plus(alsoAdding);
    Money after = already.plus(adding);
    if (after.isGreaterThan(awarded)) {
      problems.add(
          field,
          prefix
              + "paying "
              + adding.format()
              + " would bring the payments on the "
              + line.streamName()
              + " "
              + line.year()
              + " line of award "
              + awardPublicId
              + " to "
              + after.format()
              + ", more than the "
              + awarded.format()
              + " awarded ("
              + already.format()
              + " already paid, "
              + awarded.minus(already).format()
              + " left)");
    }
  }
}
