package org.commissioninghub.priorities;

import java.time.LocalDate;
import java.util.List;

/** A version of a plan with its parts. */
public record PlanView(
    long id,
    String publicId,
    PlanKind kind,
    String title,
    String ownerPublicId,
    String ownerName,
    String versionLabel,
    LocalDate effectiveFrom,
    LocalDate periodEnd,
    String changes,
    String recordedBy,
    List<Item> items) {

  public List<Item> items(ItemKind kind) {
    return items.stream().filter(i -> i.kind() == kind).toList();
  }

  /** In force on the date: it has taken effect and its period, if it has one, has not ended. */
  public boolean coversDate(LocalDate date) {
    return !effectiveFrom.isAfter(date) && (periodEnd == null || !periodEnd.isBefore(date));
  }

  public record Item(ItemKind kind, String title, String includes, String lead) {}
}
