package org.commissioninghub.support;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.commissioninghub.awards.AwardLineRequest;
import org.commissioninghub.awards.AwardRequest;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.funding.FundingBody;
import org.commissioninghub.funding.FundingSourceView;
import org.commissioninghub.funding.FundingStreamRequest;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.organisations.OrganisationCommand;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.springframework.stereotype.Component;

/** Builds records through the features' public APIs, so fixtures obey the same rules as users. */
@Component
public class Fixtures {

  /** Streams appear in reports in the order the fixtures made them. */
  private static final java.util.concurrent.atomic.AtomicInteger ORDER =
      new java.util.concurrent.atomic.AtomicInteger();

  private final Organisations organisations;
  private final FundingStreams streams;
  private final Awards awards;

  Fixtures(Organisations organisations, FundingStreams streams, Awards awards) {
    this.organisations = organisations;
    this.streams = streams;
    this.awards = awards;
  }

  public static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  public OrganisationView organisation(String name) {
    return organisations.create(organisationCommand(name), false);
  }

  public static OrganisationCommand organisationCommand(String name) {
    return new OrganisationCommand(
        null, name, "CHARITY", Set.of("PROVIDER"), null, null, null, null, null, null, List.of());
  }

  public FundingSourceView source() {
    return streams.createSource(null, unique("Ministry of Justice"), FundingBody.MOJ, null);
  }

  public FundingStreamView stream(String year, String amount, boolean ringfenced) {
    return stream(year, amount, ringfenced, "victim-services", null);
  }

  public FundingStreamView stream(
      String year, String amount, boolean ringfenced, String group, String holder) {
    return streams.create(
        new FundingStreamRequest(
                null,
                source().publicId(),
                holder,
                unique("Stream"),
                null,
                year,
                amount,
                ringfenced,
                ringfenced ? "Only for ISVA and IDVA posts" : null,
                null,
                null,
                null,
                null,
                group,
                ORDER.incrementAndGet(),
                null)
            .toCommand());
  }

  public AwardView award(OrganisationView org, FundingStreamView stream, String amount) {
    return awards.create(awardRequest(org, List.of(line(stream, amount))).toCommand()).award();
  }

  public static AwardRequest awardRequest(OrganisationView org, List<AwardLineRequest> lines) {
    return new AwardRequest(
        null,
        org.publicId(),
        "GRANT",
        unique("Service"),
        "A service",
        null,
        "APPROVED",
        null,
        "2024-04-01",
        "2025-03-31",
        null,
        lines);
  }

  public static AwardLineRequest line(FundingStreamView stream, String amount) {
    return new AwardLineRequest(stream.publicId(), stream.year().label(), null, amount, null);
  }
}
