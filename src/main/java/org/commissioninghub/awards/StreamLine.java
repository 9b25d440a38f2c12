package org.commissioninghub.awards;

import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/** An award line whose stream exists and is for the line's year: ready to be written. */
record StreamLine(FundingStreamView stream, AwardLineCommand line) {

  FinancialYear year() {
    return stream.year();
  }

  Money amount() {
    return line.amount();
  }

  String category() {
    return line.category();
  }

  String posts() {
    return line.posts();
  }
}
