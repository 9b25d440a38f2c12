package org.commissioninghub.applications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.Role;
import org.commissioninghub.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * Application work for the home page: a provider's (or CSP lead's) own draft applications not yet
 * submitted to rounds still open, due by the soonest round closing.
 */
@Component
class ApplicationsWork implements WorkWaiting {

  static final String SECTION = "Grant applications";

  private final ApplicationRepository repository;
  private final Clock clock;

  ApplicationsWork(ApplicationRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public List<Work> of(Actor actor, LocalDate today) {
    if (!actor.isScoped()
        || actor.organisationId() == null
        || !(actor.has(Role.PROVIDER) || actor.has(Role.CSP_LEAD))) {
      return List.of();
    }
    ApplicationRepository.Drafts drafts =
        repository.openDrafts(actor.organisationId(), OffsetDateTime.now(clock));
    LocalDate closes =
        drafts.closesFirst() == null
            ? null
            : drafts.closesFirst().atZoneSameInstant(clock.getZone()).toLocalDate();
    return List.of(
        Work.due(
            SECTION,
            (drafts.count() == 1 ? "draft application" : "draft applications")
                + " not yet submitted",
            drafts.count(),
            "/applications",
            closes,
            today));
  }
}
