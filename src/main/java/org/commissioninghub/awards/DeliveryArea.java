package org.commissioninghub.awards;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The local authority areas of Kent and Medway where a service can be delivered, with their ONS
 * codes: twelve Kent districts (non-metropolitan districts, E07) and Medway (a unitary authority,
 * E06). An award delivered everywhere names none of them.
 */
public enum DeliveryArea {
  ASHFORD("Ashford", "E07000105"),
  CANTERBURY("Canterbury", "E07000106"),
  DARTFORD("Dartford", "E07000107"),
  DOVER("Dover", "E07000108"),
  FOLKESTONE_AND_HYTHE("Folkestone and Hythe", "E07000112"),
  GRAVESHAM("Gravesham", "E07000109"),
  MAIDSTONE("Maidstone", "E07000110"),
  MEDWAY("Medway", "E06000035"),
  SEVENOAKS("Sevenoaks", "E07000111"),
  SWALE("Swale", "E07000113"),
  THANET("Thanet", "E07000114"),
  TONBRIDGE_AND_MALLING("Tonbridge and Malling", "E07000115"),
  TUNBRIDGE_WELLS("Tunbridge Wells", "E07000116");

  /** How a service delivered everywhere is described. */
  public static final String EVERYWHERE = "Kent and Medway (countywide)";

  private final String label;
  private final String onsCode;

  DeliveryArea(String label, String onsCode) {
    this.label = label;
    this.onsCode = onsCode;
  }

  public String label() {
    return label;
  }

  public String onsCode() {
    return onsCode;
  }

  /** The 360Giving geoCodeType of the code: UA for a unitary authority, NMD for a district. */
  public String onsCodeType() {
    return onsCode.startsWith("E06") ? "UA" : "NMD";
  }

  /** The area by its name ("MEDWAY"), its label ("Folkestone and Hythe") or its ONS code. */
  public static Optional<DeliveryArea> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    return Arrays.stream(values())
        .filter(
            a ->
                a.name().equals(t.toUpperCase(Locale.ROOT).replace(' ', '_'))
                    || a.label.equalsIgnoreCase(t)
                    || a.onsCode.equalsIgnoreCase(t))
        .findFirst();
  }
}
