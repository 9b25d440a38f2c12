package org.commissioninghub.reporting;

import java.util.Locale;

/** Who chose a payment for a Police and Crime Panel paper (seeds/001 §4). */
public enum PanelSelector {
  PANEL_OFFICERS("Panel Officers on behalf of Members", "Panel Officers on behalf of Members"),
  OPCC("OPCC", "the OPCC");

  private final String label;
  private final String inSentence;

  PanelSelector(String label, String inSentence) {
    this.label = label;
    this.inSentence = inSentence;
  }

  public String label() {
    return label;
  }

  /** As the paper's "selected by …" sentence names them. */
  public String inSentence() {
    return inSentence;
  }

  /** The selector named by its code ("OPCC", "panel_officers"), or null if there is none such. */
  static PanelSelector read(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.UK).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
