package org.commissioninghub.priorities;

import java.util.List;

/** A priority's context whose shape is checked: the words and each figure with its source. */
public record ContextDraft(String narrative, List<PriorityContext.Figure> figures) {}
