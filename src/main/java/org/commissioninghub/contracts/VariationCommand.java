package org.commissioninghub.contracts;

import java.time.LocalDate;
import org.commissioninghub.shared.Money;

/**
 * A variation, read and typed ({@link VariationRequest#toCommand()}): the new value is in the one
 * component its field uses, the others null. {@link ContractLifecycle} checks it against the
 * contract.
 *
 * @param amount the new annual or total value
 * @param scope the new service description
 * @param endDate the new initial end date
 */
public record VariationCommand(
    VariationField field,
    Money amount,
    String scope,
    LocalDate endDate,
    String reason,
    LocalDate effectiveDate) {}
