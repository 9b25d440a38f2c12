package org.commissioninghub.monitoring;

import java.time.OffsetDateTime;

/**
 * An anonymised story sent with a return.
 *
 * @param warnings what looked identifying when it was added, confirmed by the person who added it
 */
public record CaseStudy(
    long id,
    String theme,
    String story,
    boolean consent,
    String warnings,
    String addedBy,
    OffsetDateTime addedAt) {}
