package org.commissioninghub.monitoring;

/**
 * What a monitored service specialises in, as the annual report counts services ("5,856 DA victims
 * supported by 17 specialist DA services").
 */
public enum ServiceSpecialism {
  DOMESTIC_ABUSE("Specialist domestic abuse"),
  SEXUAL_VIOLENCE("Specialist sexual violence"),
  ALL_CRIME("Victims of all crime"),
  RESTORATIVE_JUSTICE("Restorative justice and mediation"),
  SERIOUS_VIOLENCE("Serious violence and exploitation"),
  OTHER("Other specialist support");

  private final String label;

  ServiceSpecialism(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
