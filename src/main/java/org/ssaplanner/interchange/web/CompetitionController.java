package org.ssaplanner.interchange.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.ssaplanner.interchange.CompetitionService;
import org.ssaplanner.interchange.CompetitionService.Recipient;

/**
 * Arms deliveries to a partner country from the SIPRI Arms Transfers Database (who supplies it, the United States'
 * and the strategic competitors' shares and their trend, what was delivered), for every signed-in user; other spellings
 * of the code (alpha-2, lower case) redirect to the alpha-3 address.
 */
@Controller
class CompetitionController {

    private final CompetitionService competition;

    CompetitionController(CompetitionService competition) {
        this.competition = competition;
    }

    @GetMapping("/countries/{iso3}/competition")
    String competition(@PathVariable String iso3, Model model) {
        Recipient recipient = competition.recipient(iso3);
        if (!recipient.code().equals(iso3)) {
            return "redirect:/countries/" + recipient.code() + "/competition";
        }
        model.addAttribute("competition", competition.competition(recipient));
        model.addAttribute("settings", competition.settings());
        return "interchange/countries/competition";
    }
}
