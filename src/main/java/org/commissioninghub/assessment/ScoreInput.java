package org.commissioninghub.assessment;

/** A score as typed for one criterion, with the comment that justifies it. */
public record ScoreInput(Long criterionId, String score, String comment) {}
