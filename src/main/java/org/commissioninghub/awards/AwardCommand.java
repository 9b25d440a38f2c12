package org.commissioninghub.awards;

import java.util.List;

/** An award as typed or imported, checked before anything is stored. */
public record AwardCommand(
    String publicId,
    String organisation,
    String kind,
    String title,
    String serviceDescription,
    String programme,
    String status,
    String awardDate,
    String startDate,
    String endDate,
    String predecessor,
    List<AwardLineCommand> lines) {}
