package org.commissioninghub.programmes;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public advert of rounds, and the programmes and rounds as staff see them. */
@Controller
class AdvertController {

  private final Programmes programmes;
  private final Clock clock;
  private final java.util.List<org.commissioninghub.shared.PrioritiesServed> served;

  AdvertController(
      Programmes programmes,
      Clock clock,
      java.util.List<org.commissioninghub.shared.PrioritiesServed> served) {
    this.programmes = programmes;
    this.clock = clock;
    this.served = served;
  }

  @GetMapping("/grants")
  String adverts(Model model) {
    model.addAttribute("rounds", programmes.advertised(clock.instant()));
    model.addAttribute("now", clock.instant());
    return "programmes/adverts";
  }

  @GetMapping("/grants/{round}")
  String advert(@PathVariable String round, Model model) {
    RoundView r = programmes.round(round);
    model.addAttribute("round", r);
    model.addAttribute("open", r.isOpenAt(clock.instant()));
    model.addAttribute("closed", !r.window().closes().toInstant().isAfter(clock.instant()));
    return "programmes/advert";
  }

  @GetMapping("/programmes")
  String programmes(Model model) {
    model.addAttribute("programmes", programmes.programmes());
    model.addAttribute("rounds", programmes.rounds());
    return "programmes/list";
  }

  @GetMapping("/programmes/{id}")
  String programme(@PathVariable String id, Model model) {
    model.addAttribute("programme", programmes.programme(id));
    model.addAttribute("rounds", programmes.roundsOf(id));
    model.addAttribute(
        "served", served.stream().flatMap(p -> p.of("programme", id).stream()).toList());
    return "programmes/show";
  }
}
