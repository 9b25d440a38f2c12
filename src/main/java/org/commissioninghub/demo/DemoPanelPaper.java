package org.commissioninghub.demo;

import org.commissioninghub.audit.DataQualityNotes;
import org.commissioninghub.payments.PaymentView;
import org.commissioninghub.payments.Payments;
import org.commissioninghub.reporting.PanelPapers;
import org.commissioninghub.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The paper of seeds/001, "Published expenditure over £500", made as an officer would: the four
 * payments DemoPayments records from it, the first three selected by Panel Officers on behalf of
 * Members (2018/19 expenditure) and the last by the OPCC (2019/20). Its introduction is the paper's
 * paragraphs 1 to 3 (paragraph 4, on who selected which, is computed from the choices); the
 * outcomes are the paper's own words about each payment. The payee, date, amount, fund or contract
 * and purpose come from the records.
 */
@Component
class DemoPanelPaper {

  static final String TITLE = "Published expenditure over £500";
  static final String ISVA_CONTRACT = "isva-and-sv-support-service";

  private final PanelPapers papers;
  private final Payments payments;
  private final DataQualityNotes notes;

  DemoPanelPaper(PanelPapers papers, Payments payments, DataQualityNotes notes) {
    this.papers = papers;
    this.payments = payments;
    this.notes = notes;
  }

  void load() {
    String officer = "officer";
    long id =
        papers.create(
            officer,
            new PanelPapers.Details(
                TITLE,
                null,
                """
                The commissioning allocations are set out on page 19 of the ‘Safer in Kent: The \
                Community Safety and Criminal Justice Plan’.

                In accordance with The Elected Local Policing Bodies (Specified Information) Order \
                2011, the Office of the Police and Crime Commissioner (OPCC) also publishes all \
                expenditure over £500 via the website.

                Further to previous reports, this paper provides examples of how recent published \
                expenditure supports delivery of the Safer in Kent Plan priorities."""));
    int version = 0;
    choose(
        officer,
        id,
        version++,
        "SIKF-2018-001",
        "PANEL_OFFICERS",
        null,
        "To date, one event has been delivered on 19 December 2018 with a further 2 scheduled. The"
            + " event enabled professionals, including Kent Police, to engage with young people,"
            + " including those from hard to reach communities, those not in education, employment"
            + " or training (NEETS), and the vulnerable in an informal and relaxing setting."
            + " Importantly, by helping to build trust and breaking down barriers, it also increased"
            + " the confidence of those present to talk to professionals in the future.");
    choose(
        officer,
        id,
        version++,
        "SIKF-2018-002",
        "PANEL_OFFICERS",
        null,
        "The project commenced delivery in November 2018 and school bookings have been made until"
            + " July 2019. To date, RRR have delivered 20 ‘I Didn’t Know That!’ workshops to over"
            + " 2,000 young people in 19 schools, including in Sevenoaks, Tonbridge and Malling,"
            + " Medway, Swale, Maidstone, Ashford and Gravesham. Feedback from those young people"
            + " who have participated includes: ‘It has influenced me to work 10 times harder on my"
            + " education’; ‘I will make better choices and think about my future more’.");
    choose(
        officer,
        id,
        version++,
        "VRC-2019-001",
        "PANEL_OFFICERS",
        null,
        "The analysis formed a pivotal element of the Violence Reduction Challenge, producing a"
            + " detailed problem profile for violence with injury. Recommendations already being"
            + " implemented include £614,000 from the PCC’s commissioning budget for the St Giles"
            + " Trust county lines project over three years; a multi-agency taskforce to tackle"
            + " violent crime in Medway; PCC funding to Community Safety Partnerships focused on"
            + " violent crime; and £1m set aside over three years for a Violence Reduction Fund,"
            + " whose 2019/20 round closed on 17 May 2019 with 38 bids received.");
    choose(
        officer,
        id,
        version,
        "ISVA-2019-Q1",
        "OPCC",
        ISVA_CONTRACT,
        "The service is monitored against the delivery of the following overarching outcomes:"
            + " improved health and wellbeing; better able to cope with aspects of everyday life;"
            + " increased feelings of safety; better informed and empowered to act; quality and"
            + " satisfaction with support provided.");
    notes(String.valueOf(id));
  }

  private void choose(
      String officer,
      long paper,
      int version,
      String reference,
      String selectedBy,
      String contract,
      String outcome) {
    PaymentView payment =
        payments.spendOver500().stream()
            .filter(p -> p.reference().equals(reference))
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("published payment with reference", reference));
    papers.add(
        officer,
        paper,
        version,
        new PanelPapers.Choice(String.valueOf(payment.id()), selectedBy, contract, outcome));
  }

  private void notes(String paper) {
    notes.record(
        new DataQualityNotes.DataQualityNote(
            "panel-paper",
            paper,
            "meeting_date",
            "(not stated)",
            "(not recorded)",
            "seeds/001",
            "The paper does not say which Police and Crime Panel meeting it went to, so the demo"
                + " paper has no meeting date. It mentions the Violence Reduction Fund round that"
                + " closed on 17 May 2019, so it was written after that."));
    notes.record(
        new DataQualityNotes.DataQualityNote(
            "panel-paper",
            paper,
            "contract",
            "25 April 2019 – ISVA and CISVA services, quarter 1 2019-20, £112,422.87; \"The contract"
                + " was awarded in December 2018 to Family Matters\"",
            ISVA_CONTRACT,
            "seeds/001 §21–29",
            "The payment is recorded as the paper prints it, to Family Matters with no award line"
                + " (it pays the ISVA and the Child ISVA services together), so its record names no"
                + " contract; the paper names the ISVA and Sexual Violence Support Service contract"
                + " for it, as §27 describes."));
  }
}
