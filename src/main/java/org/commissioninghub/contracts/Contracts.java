package org.commissioninghub.contracts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contracts feature's public API. */
@Service
public class Contracts {

  private final ContractRepository repository;
  private final Organisations organisations;
  private final Awards awards;
  private final AuditLog audit;
  private final Clock clock;

  Contracts(
      ContractRepository repository,
      Organisations organisations,
      Awards awards,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.organisations = organisations;
    this.awards = awards;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<ContractView> list() {
    return repository.findAll();
  }

  @Transactional(readOnly = true)
  public ContractView get(String publicId) {
    return repository.find(publicId).orElseThrow(() -> new NotFoundException("contract", publicId));
  }

  /** Records a contract with its lots; each lot's supplier and award must exist. */
  @Transactional
  public ContractView create(ContractCommand command) {
    Problems problems = new Problems();
    List<ResolvedLot> lots = resolveLots(command.lots(), problems);
    problems.throwIfAny("CONTRACT-1");
    ContractCommand contract = command.settled(null);
    String publicId = publicIdFor(command.publicId(), contract.details().title());
    long id = repository.insert(publicId, contract, OffsetDateTime.now(clock));
    lots.forEach(l -> repository.insertLot(id, l.name, l.supplierId, l.value, l.awardId));
    audit.record("contract.created", "contract", publicId, contract + " lots=" + lots);
    return get(publicId);
  }

  /**
   * Changes a contract; {@code version} must be the one read. Lots are replaced when the command
   * has them; a notice, lead or victims' flag left unsaid is kept.
   */
  @Transactional
  public ContractView update(String publicId, int version, ContractCommand command) {
    ContractView existing = get(publicId);
    Problems problems = new Problems();
    List<ResolvedLot> lots = command.lots() == null ? null : resolveLots(command.lots(), problems);
    problems.throwIfAny("CONTRACT-1");
    ContractCommand contract = command.settled(existing);
    if (!repository.update(existing.id(), version, contract, OffsetDateTime.now(clock))) {
      throw new ConflictException(
          "CONTRACT-2", audit.changedSinceOpened("contract", publicId, "contract"));
    }
    if (lots != null) {
      repository.deleteLots(existing.id());
      lots.forEach(
          l -> repository.insertLot(existing.id(), l.name, l.supplierId, l.value, l.awardId));
    }
    ContractView after = get(publicId);
    audit.recordChange("contract.updated", "contract", publicId, existing, after);
    return after;
  }

  private List<ResolvedLot> resolveLots(List<ContractCommand.Lot> commands, Problems problems) {
    List<ResolvedLot> lots = new ArrayList<>();
    if (commands == null) {
      return lots;
    }
    for (int i = 0; i < commands.size(); i++) {
      ContractCommand.Lot lot = commands.get(i);
      String prefix = "lots[" + i + "].";
      Long supplierId = null;
      try {
        supplierId = organisations.get(lot.supplier()).id();
      } catch (NotFoundException e) {
        problems.add(prefix + "supplier", "There is no organisation " + lot.supplier());
      }
      Long awardId = null;
      if (lot.award() != null) {
        try {
          awardId = awards.get(lot.award()).id();
        } catch (NotFoundException e) {
          problems.add(prefix + "award", "There is no award " + lot.award());
        }
      }
      if (supplierId != null) {
        lots.add(new ResolvedLot(lot.name(), supplierId, lot.value(), awardId));
      }
    }
    return lots;
  }

  private String publicIdFor(String requested, String title) {
    String id = requested;
    if (id != null) {
      if (repository.exists(id)) {
        throw new ConflictException("CONTRACT-3", "The contract id " + id + " is already used");
      }
      return id;
    }
    String base = Slugs.of(title);
    String candidate = base;
    for (int n = 2; repository.exists(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  private record ResolvedLot(String name, long supplierId, Money value, Long awardId) {}
}
