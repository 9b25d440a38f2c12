package org.commissioninghub.shared;

import java.util.List;

/**
 * The priorities and themes a record serves, for the record's own page. The priorities feature
 * provides it; awards, contracts and others read it through this interface so they do not depend on
 * that feature.
 */
public interface PrioritiesServed {

  /**
   * @param recordType "award", "contract", "programme", "application" or "crg-project"
   * @param recordId the record's public id (or number, for a CRG project)
   */
  List<Served> of(String recordType, String recordId);

  /** One priority or theme, of which plan version, and whether it is the record's main one. */
  record Served(String title, String kind, boolean primary, String plan, String href) {}
}
