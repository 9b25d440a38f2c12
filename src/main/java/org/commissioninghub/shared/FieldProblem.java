package org.commissioninghub.shared;

/** One thing wrong with one field, in words a user can act on. */
public record FieldProblem(String field, String message) {}
