package org.commissioninghub.applications;

import java.util.Map;

/**
 * Starting an application: the round, the applying organisation (a provider user's own is used
 * whatever is given), a working title and the answers to the eligibility questions.
 */
public record NewApplication(
    String round, String organisation, String title, Map<String, String> eligibility) {}
