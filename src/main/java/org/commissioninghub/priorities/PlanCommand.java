package org.commissioninghub.priorities;

import java.util.List;

/** A plan version as typed or imported; checked before it is stored. */
public record PlanCommand(
    String publicId,
    String kind,
    String title,
    String owner,
    String versionLabel,
    String effectiveFrom,
    String periodEnd,
    String changes,
    List<ItemCommand> items) {

  /** One priority, theme, outcome or delivery mechanism. */
  public record ItemCommand(String kind, String title, String includes, String lead) {}
}
