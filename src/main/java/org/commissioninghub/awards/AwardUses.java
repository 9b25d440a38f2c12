package org.commissioninghub.awards;

import java.util.List;

/**
 * What else refers to an award, shown on its page (e.g. the contract whose lot it funds).
 * Implemented by features that depend on awards, so awards need not depend on them.
 */
public interface AwardUses {

  List<Use> of(long awardId);

  /** One reference: what it is, its title, and where to see it. */
  record Use(String kind, String title, String href) {}
}
