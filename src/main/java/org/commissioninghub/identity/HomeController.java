package org.commissioninghub.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.WorkWaiting;
import org.commissioninghub.shared.WorkWaiting.Work;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what waits for the person signed in, from every feature that gives them work,
 * overdue first, each with how many and a link to the records.
 */
@Controller
class HomeController {

  private final Actors actors;
  private final Organisations organisations;
  private final List<WorkWaiting> work;
  private final Clock clock;

  HomeController(Actors actors, Organisations organisations, List<WorkWaiting> work, Clock clock) {
    this.actors = actors;
    this.organisations = organisations;
    this.work = work;
    this.clock = clock;
  }

  @GetMapping("/")
  String home(Authentication auth, Model model) {
    Actor actor = actors.of(auth);
    if (actor.organisationId() != null) {
      model.addAttribute("ownOrganisation", organisations.get(actor.organisationId()));
    }
    List<Work> waiting = waitingFor(actor, LocalDate.now(clock));
    model.addAttribute("overdue", waiting.stream().filter(Work::overdue).toList());
    model.addAttribute("bySection", bySection(waiting.stream().filter(w -> !w.overdue()).toList()));
    model.addAttribute("nothingWaiting", waiting.isEmpty());
    model.addAttribute("actor", actor);
    return "identity/home";
  }

  private List<Work> waitingFor(Actor actor, LocalDate today) {
    List<Work> waiting = new ArrayList<>();
    for (WorkWaiting feature : work) {
      feature.of(actor, today).stream().filter(w -> w.count() > 0).forEach(waiting::add);
    }
    waiting.sort(Work.URGENT_FIRST);
    return waiting;
  }

  private static Map<String, List<Work>> bySection(List<Work> waiting) {
    Map<String, List<Work>> sections = new LinkedHashMap<>();
    waiting.forEach(w -> sections.computeIfAbsent(w.section(), s -> new ArrayList<>()).add(w));
    return sections;
  }
}
