package org.commissioninghub.contracts;

import java.util.List;
import org.commissioninghub.awards.AwardUses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells an award's page which contract lots it funds. */
@Component
class ContractFundingUses implements AwardUses {

  private final JdbcClient jdbc;

  ContractFundingUses(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Use> of(long awardId) {
    return jdbc.sql(
            """
            SELECT c.public_id, c.title, l.lot_name FROM contract_lot l JOIN contract c ON c.id = l.contract_id
            WHERE l.award_id = ? ORDER BY c.title""")
        .param(awardId)
        .query(
            (rs, n) ->
                new Use(
                    "Contract",
                    rs.getString("title") + " (" + rs.getString("lot_name") + ")",
                    "/contracts/" + rs.getString("public_id")))
        .list();
  }
}
