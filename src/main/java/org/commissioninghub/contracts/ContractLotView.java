package org.commissioninghub.contracts;

import org.commissioninghub.shared.Money;

/** One supplier's part of a contract, and the award that funds it, if recorded. */
public record ContractLotView(
    long id,
    String lotName,
    String supplierPublicId,
    String supplierName,
    Money value,
    String awardPublicId) {}
