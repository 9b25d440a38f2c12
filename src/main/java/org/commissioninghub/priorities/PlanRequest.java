package org.commissioninghub.priorities;

import static org.commissioninghub.priorities.Inputs.blank;
import static org.commissioninghub.priorities.Inputs.trim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.Problems;

/**
 * A plan version as typed or imported (the JSON body of {@code POST /api/v1/priorities/plans}):
 * text until {@link #toCommand()} checks its shape.
 */
public record PlanRequest(
    String publicId,
    String kind,
    String title,
    String owner,
    String versionLabel,
    String effectiveFrom,
    String periodEnd,
    String changes,
    List<ItemRequest> items) {

  /** One priority, theme, outcome or delivery mechanism. */
  public record ItemRequest(String kind, String title, String includes, String lead) {}

  /** The plan as domain types, or every problem with its shape at once (PRIORITIES-1). */
  public PlanCommand toCommand() {
    Problems problems = new Problems();
    PlanKind planKind =
        blank(kind)
            ? null
            : problems.parse("kind", kind, t -> Codes.parse(PlanKind.class, t, "kind of plan"));
    if (blank(kind)) {
      problems.add("kind", "Choose the kind of plan");
    }
    String planTitle = problems.text("title", title, "Enter the plan’s title", 300);
    problems.required("owner", owner, "Choose the organisation");
    String version = problems.text("versionLabel", versionLabel, "Enter the version, like 9.0", 20);
    LocalDate from = Dates.parseOptional(problems, "effectiveFrom", effectiveFrom);
    if (blank(effectiveFrom)) {
      problems.add("effectiveFrom", "Enter the date the version takes effect");
    }
    LocalDate end = Dates.parseOptional(problems, "periodEnd", periodEnd);
    if (from != null && end != null && end.isBefore(from)) {
      problems.add("periodEnd", "The plan’s period must end after it takes effect");
    }
    List<PlanView.Item> parts = items(problems);
    problems.throwIfAny("PRIORITIES-1");
    return new PlanCommand(
        trim(publicId),
        planKind,
        planTitle,
        owner.strip(),
        version,
        from,
        end,
        trim(changes),
        parts);
  }

  private List<PlanView.Item> items(Problems problems) {
    List<PlanView.Item> parts = new ArrayList<>();
    List<ItemRequest> given = items == null ? List.of() : items;
    for (int i = 0; i < given.size(); i++) {
      ItemRequest item = given.get(i);
      String prefix = "items[" + i + "].";
      ItemKind itemKind =
          blank(item.kind())
              ? null
              : problems.parse(
                  prefix + "kind",
                  item.kind(),
                  t -> Codes.parse(ItemKind.class, t, "part of a plan"));
      String itemTitle = problems.text(prefix + "title", item.title(), "Enter the title", 300);
      parts.add(new PlanView.Item(itemKind, itemTitle, trim(item.includes()), trim(item.lead())));
    }
    if (parts.stream().noneMatch(i -> i.kind() == ItemKind.PRIORITY)) {
      problems.add("items", "A plan needs at least one priority");
    }
    return parts;
  }
}
