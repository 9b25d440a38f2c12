package org.commissioninghub.programmes;

import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * A round to open, its shape checked ({@link RoundCommand#toCommand()}): what remains to check is
 * whether the programme, the round it opens after, the id and the reference prefix are as the
 * records say.
 *
 * @param publicId the round's id, given or made from the programme's id and the round's name
 * @param programme the public id of the programme it belongs to
 * @param opensAfterRound the public id of a round to be decided first, or null
 */
public record NewRound(
    String publicId,
    String programme,
    String name,
    String referencePrefix,
    RoundWindow window,
    Money budget,
    FinancialYear firstYear,
    String advert,
    String opensAfterRound) {}
