package org.commissioninghub.applications;

import java.util.List;
import java.util.Map;

/**
 * What an applicant types, all as text so every problem can be named. Null fields are left as they
 * are when saving a draft.
 *
 * @param amounts the amount asked for in each year, first year first, like "£10,000"
 * @param answers answers by question key
 */
public record ApplicationDraft(
    String title,
    String summary,
    String contactName,
    String contactEmail,
    List<String> amounts,
    Map<String, String> answers) {}
