package org.commissioninghub.awards;

import java.util.List;

/**
 * A new award, read and typed ({@link AwardRequest#toCommand()}); {@link Awards#create} checks it
 * against the records (organisation, predecessor, streams and what each has left).
 *
 * @param publicId the id asked for, or null to make one from the title
 */
public record AwardCommand(String publicId, AwardHeader header, List<AwardLineCommand> lines) {}
