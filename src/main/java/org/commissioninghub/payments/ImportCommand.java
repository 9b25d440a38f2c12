package org.commissioninghub.payments;

import java.util.Map;

/**
 * An import of a finance-system CSV, its upload and mapping checked ({@link
 * ImportRequest#toCommand()}): the file's name and text, the column mapped to each field, and the
 * class of payment for rows that do not say.
 */
public record ImportCommand(
    String fileName, String content, Map<String, String> mapping, PaymentClass defaultClass) {}
