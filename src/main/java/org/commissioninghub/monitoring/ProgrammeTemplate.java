package org.commissioninghub.monitoring;

import java.time.OffsetDateTime;

/** The return a programme's awards make unless the officer picks another when issuing. */
public record ProgrammeTemplate(
    String programme,
    String templateCode,
    String templateName,
    String chosenBy,
    OffsetDateTime chosenAt) {}
