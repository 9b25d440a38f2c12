package org.commissioninghub.awards;

import java.util.List;

/** A saved award and anything the officer should look at, such as a stream over-allocated. */
public record AwardResult(AwardView award, List<String> warnings) {}
