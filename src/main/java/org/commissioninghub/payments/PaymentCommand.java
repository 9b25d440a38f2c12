package org.commissioninghub.payments;

/**
 * A payment made outside a run, read and typed ({@link PaymentRequest#toCommand()}); {@link
 * Payments#record} checks it against the records: the award and line it pays (never more than
 * awarded), the payee, the stream.
 *
 * @param payee an organisation's public id, name or alias, or a person's name; null to pay the
 *     award's organisation
 * @param award the award's public id, or null for a payment against no award
 * @param awardLine the line paid; null for the award's only line, or its line on {@code stream}
 * @param stream the funding stream charged (public id, name or short name), or null
 */
public record PaymentCommand(
    Transaction transaction,
    String payee,
    boolean individual,
    Disclosure disclosure,
    String award,
    Long awardLine,
    String stream) {}
