package org.commissioninghub.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.commissioninghub.awards.AwardLineRequest;
import org.commissioninghub.awards.AwardRequest;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.funding.FundingStreamRequest;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.support.HubTest;
import org.commissioninghub.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Continuing last year's grants: same or changed level, ring-fences, acceptance and its award. */
@HubTest
class ContinuationTest {

  @RegisterExtension static GreenMailExtension smtp = TestMail.smtp();

  @Autowired Continuations continuations;
  @Autowired Awards awards;
  @Autowired FundingStreams streams;
  @Autowired Actors actors;

  private FundingStreamView stream(String name, String year, String amount, boolean ringfenced) {
    return streams.create(
        new FundingStreamRequest(
                null,
                "moj",
                null,
                name,
                null,
                year,
                amount,
                ringfenced,
                ringfenced ? "ISVA posts" : null,
                null,
                null,
                null,
                null,
                "victim-services",
                null,
                null)
            .toCommand());
  }

  private AwardView lastYear(String organisation, FundingStreamView stream, String amount) {
    String id = "c-" + UUID.randomUUID().toString().substring(0, 8) + "-2030-31";
    return awards
        .create(
            new AwardRequest(
                    id,
                    organisation,
                    "GRANT",
                    "ISVA service",
                    "Support",
                    "MoJ 2030/31",
                    "ACTIVE",
                    null,
                    "2030-04-01",
                    "2031-03-31",
                    null,
                    List.of(new AwardLineRequest(stream.publicId(), "2030/31", "", amount, null)))
                .toCommand())
        .award();
  }

  private static ContinuationCommand command(
      String predecessor, List<AwardLineRequest> lines, String sendTo) {
    return new ContinuationCommand(
        predecessor,
        "2031/32",
        null,
        lines,
        "All quarterly returns on time; targets met",
        "Conditions kept; spend reconciled",
        sendTo,
        null,
        null,
        null);
  }

  @Test
  void aContinuationAtTheSameLevelBecomesNextYearsAwardWhenAccepted() throws Exception {
    String name = "Continuation stream " + UUID.randomUUID();
    FundingStreamView now = stream(name, "2030/31", "100000", true);
    FundingStreamView next = stream(name, "2031/32", "60000", true);
    AwardView predecessor = lastYear("victim-support", now, "50000");
    assertThat(continuations.candidates(FinancialYear.parse("2031/32")))
        .anySatisfy(c -> assertThat(c.award().publicId()).isEqualTo(predecessor.publicId()));

    ContinuationView offer =
        continuations.offer(
            actors.byName("officer"),
            command(predecessor.publicId(), List.of(), "manager@victimsupport.example")
                .toCommand());
    assertThat(offer.basis()).isEqualTo(ContinuationView.Basis.SAME);
    assertThat(offer.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.streamPublicId()).isEqualTo(next.publicId());
              assertThat(l.amount()).isEqualTo(Money.ofPounds(50_000));
            });
    MimeMessage mail = waitFor("manager@victimsupport.example");
    assertThat(mail.getSubject()).isEqualTo("Continuation offer for 2031/32: ISVA service");

    // A second offer on the same award is refused; so is one that would over-promise the stream.
    assertThatThrownBy(
            () ->
                continuations.offer(
                    actors.byName("officer"),
                    command(predecessor.publicId(), List.of(), "a@b.example").toCommand()))
        .hasMessageContaining("already has a continuation offer");
    AwardView other = lastYear("family-matters", now, "20000");
    List<AwardLineRequest> tooMuch =
        List.of(new AwardLineRequest(next.publicId(), "2031/32", "", "£10,000.01", null));
    assertThatThrownBy(
            () ->
                continuations.offer(
                    actors.byName("officer"),
                    command(other.publicId(), tooMuch, "a@b.example").toCommand()))
        .hasMessageContaining("from the ring-fenced")
        .hasMessageContaining("£0.01 too much");

    // Another provider cannot see or answer it; the provider of the organisation accepts.
    assertThatThrownBy(() -> continuations.answer(actors.byName("provider2"), offer.id(), true))
        .isInstanceOf(NotFoundException.class);
    ContinuationView accepted = continuations.answer(actors.byName("provider"), offer.id(), true);
    AwardView successor = awards.get(accepted.successorAward());
    assertThat(successor.predecessorPublicId()).isEqualTo(predecessor.publicId());
    assertThat(successor.total()).isEqualTo(Money.ofPounds(50_000));
    assertThat(successor.status().name()).isEqualTo("ACTIVE");
    assertThat(successor.publicId()).endsWith("-2031-32");
    assertThatThrownBy(() -> continuations.answer(actors.byName("provider"), offer.id(), true))
        .hasMessageContaining("already been answered");

    // At a changed level, and declined: no award is made.
    List<AwardLineRequest> less =
        List.of(new AwardLineRequest(next.publicId(), "2031/32", "", "£8,000", null));
    ContinuationView changed =
        continuations.offer(
            actors.byName("officer"), command(other.publicId(), less, "a@b.example").toCommand());
    assertThat(changed.basis()).isEqualTo(ContinuationView.Basis.CHANGED);
    continuations.answer(actors.byName("officer"), changed.id(), false);
    assertThatThrownBy(() -> awards.get(changed.successorAward()))
        .isInstanceOf(NotFoundException.class);
  }

  private MimeMessage waitFor(String address) throws Exception {
    for (int i = 0; i < 200; i++) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().equals(address)) {
          return m;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no email to " + address);
  }
}
