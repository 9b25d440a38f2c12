package org.commissioninghub.organisations;

import java.util.Map;

/**
 * The profile as typed by the organisation's own user or an officer: registered numbers, address,
 * website, and for each policy kind the date it was last reviewed (blank when not held).
 */
public record ProfileCommand(
    String charityNumber,
    String companyNumber,
    String address,
    String postcode,
    String website,
    Map<String, String> policyReviewedOn) {}
