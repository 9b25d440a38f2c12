package org.commissioninghub.opendata;

import java.time.OffsetDateTime;

/** A publication of the grants as 360Giving data, without its files. */
public record Publication(
    long id, int grants, String warnings, String publishedBy, OffsetDateTime publishedAt) {}
