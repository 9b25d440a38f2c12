package org.commissioninghub.applications;

import java.util.Map;

/**
 * Starting an application, its shape checked ({@link NewApplication#toCommand()}): what remains to
 * check is the round (open, or staff recording a late one), the organisation and the eligibility
 * answers against the programme's questions.
 *
 * @param organisation the applying organisation's public id, or null for the user's own
 * @param eligibility answers to the eligibility questions by key, none when none were given
 */
public record ApplicationStart(
    String round, String organisation, String title, Map<String, String> eligibility) {}
