package org.commissioninghub.priorities;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan version whose shape is checked ({@link PlanRequest#toCommand()}); {@link Priorities}
 * checks the owner exists and the version is new.
 *
 * @param publicId the id to record it under, or null to make one from title and version
 * @param owner the owning organisation's public id
 */
public record PlanCommand(
    String publicId,
    PlanKind kind,
    String title,
    String owner,
    String versionLabel,
    LocalDate effectiveFrom,
    LocalDate periodEnd,
    String changes,
    List<PlanView.Item> items) {}
