package org.commissioninghub.decisions;

import java.util.List;
import org.commissioninghub.awards.AwardLineRequest;

/**
 * A continuation offer on last year's award.
 *
 * @param year the financial year continued into, like "2024/25"
 * @param successor the public id for next year's award (made from the predecessor's if blank)
 * @param lines next year's lines; empty means the same level, from the same streams' next year
 * @param programme the programme named on next year's award (the predecessor's if blank)
 * @param offeredOn for an offer made in the past and recorded now, the date it was made; no email
 *     is sent for it
 */
public record ContinuationCommand(
    String predecessor,
    String year,
    String successor,
    List<AwardLineRequest> lines,
    String performanceEvidence,
    String complianceEvidence,
    String sendTo,
    String respondBy,
    String programme,
    String offeredOn) {}
