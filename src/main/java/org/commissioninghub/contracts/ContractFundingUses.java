package org.commissioninghub.contracts;

import java.util.List;
import org.commissioninghub.awards.AwardUses;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells an award's page which contract lots it funds. */
@Component
class ContractFundingUses implements AwardUses {

  private final ContractRepository repository;

  ContractFundingUses(ContractRepository repository) {
    this.repository = repository;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Use> of(long awardId) {
    return repository.lotsFundedBy(awardId);
  }
}
