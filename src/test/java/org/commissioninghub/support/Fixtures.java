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
import org.commissioninghub.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Builds records through the features' public APIs, so fixtures obey the same rules as users. Each
 * record gets a unique name and id, so tests sharing one database (see {@link HubTest}) never meet
 * each other's records. Read as sentences, in the manner of alphagov/pay-ledger's fixtures:
 *
 * <pre>
 * AwardView award = fixtures.anAward().to(org).from(stream).of(pounds(25_000)).persist();
 * FundingStreamView stream = fixtures.aStream().in("2024/25").receiving(pounds(100_000)).persist();
 * </pre>
 *
 * Whatever a test does not say is made for it: an award to a new provider, from a new stream of
 * 2024/25 that received enough for it.
 */
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

  /**
   * A new organisation, confirmed as new: test names differ only in a random suffix, which the
   * similar-name check may flag (CoreDataContract tests that check itself).
   */
  public OrganisationView organisation(String name) {
    return organisations.create(organisationCommand(name).toCommand(), true);
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

  /** An amount in whole pounds, for the builders: {@code pounds(25_000)}. */
  public static Money pounds(long pounds) {
    return Money.ofPounds(pounds);
  }

  public OrganisationBuilder anOrganisation() {
    return new OrganisationBuilder();
  }

  public StreamBuilder aStream() {
    return new StreamBuilder();
  }

  public AwardBuilder anAward() {
    return new AwardBuilder();
  }

  /** A provider charity named uniquely from {@link #named(String)} (default "Provider"). */
  public final class OrganisationBuilder {
    private String name = "Provider";

    private OrganisationBuilder() {}

    public OrganisationBuilder named(String prefix) {
      this.name = prefix;
      return this;
    }

    public OrganisationView persist() {
      return organisation(unique(name));
    }
  }

  /**
   * A victim-services stream of a new MoJ source; by default 2024/25, £1,000,000, not ring-fenced.
   */
  public final class StreamBuilder {
    private String year = "2024/25";
    private Money received = pounds(1_000_000);
    private boolean ringfenced;

    private StreamBuilder() {}

    public StreamBuilder in(String financialYear) {
      this.year = financialYear;
      return this;
    }

    public StreamBuilder receiving(Money amount) {
      this.received = amount;
      return this;
    }

    public StreamBuilder ringFenced() {
      this.ringfenced = true;
      return this;
    }

    public FundingStreamView persist() {
      return stream(year, received.plain(), ringfenced);
    }
  }

  /**
   * An approved grant of one line, April to March 2024/25. Without {@link #to}, to a new provider;
   * without {@link #from}, from a new 2024/25 stream that received exactly the award's amount.
   */
  public final class AwardBuilder {
    private OrganisationView organisation;
    private FundingStreamView stream;
    private Money amount = pounds(10_000);
    private String programme;

    private AwardBuilder() {}

    /** The programme the award is made under, as a name (none unless said). */
    public AwardBuilder inProgramme(String name) {
      this.programme = name;
      return this;
    }

    public AwardBuilder to(OrganisationView recipient) {
      this.organisation = recipient;
      return this;
    }

    public AwardBuilder from(FundingStreamView fundingStream) {
      this.stream = fundingStream;
      return this;
    }

    public AwardBuilder of(Money awarded) {
      this.amount = awarded;
      return this;
    }

    public AwardView persist() {
      OrganisationView to = organisation != null ? organisation : anOrganisation().persist();
      FundingStreamView from = stream != null ? stream : aStream().receiving(amount).persist();
      AwardRequest request = awardRequest(to, List.of(line(from, amount.plain())));
      return awards
          .create(
              new AwardRequest(
                      request.publicId(),
                      request.organisation(),
                      request.kind(),
                      request.title(),
                      request.serviceDescription(),
                      programme,
                      request.status(),
                      request.awardDate(),
                      request.startDate(),
                      request.endDate(),
                      request.predecessor(),
                      request.lines())
                  .toCommand())
          .award();
    }
  }
}
