package org.commissioninghub.organisations;

import java.util.List;
import org.commissioninghub.shared.Money;

/**
 * An organisation's funding history, shown on its page. Implemented by the reporting feature, which
 * reads across awards and contracts, so that organisations need not depend on them.
 */
public interface OrganisationActivity {

  List<Entry> of(long organisationId);

  /** One award or contract lot, with the year and amount it covers. */
  record Entry(String kind, String title, String year, String href, Money amount, String status) {}
}
