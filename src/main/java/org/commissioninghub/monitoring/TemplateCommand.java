package org.commissioninghub.monitoring;

import java.util.List;

/** A new return template: another template's measures plus those added from the catalogue. */
public record TemplateCommand(String name, String basedOn, List<String> addedMeasures) {}
