package org.ssaplanner.portfolio.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.portfolio.CompetitionLevel;
import org.ssaplanner.portfolio.CountryFilter;
import org.ssaplanner.portfolio.CountryViewService;
import org.ssaplanner.reference.ReferenceDataService;

/**
 * {@code /portfolio/coverage}: capability domains against partner countries and regions, gaps marked (issue 15,
 * section 5); {@code /portfolio/competition}: partner countries where competitors' share is high or rising, against
 * the US programs there (section 4). Both filter by region, fiscal year and agency.
 */
@Controller
class CountryViewController {

    private final CountryViewService views;
    private final ReferenceDataService reference;
    private final AgencyService agencies;

    CountryViewController(CountryViewService views, ReferenceDataService reference, AgencyService agencies) {
        this.views = views;
        this.reference = reference;
        this.agencies = agencies;
    }

    @GetMapping("/portfolio/coverage")
    String coverage(@RequestParam(required = false) Long regionId, @RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) Long agencyId, Model model) {
        CountryFilter filter = new CountryFilter(regionId, fiscalYear, agencyId);
        model.addAttribute("coverage", views.coverage(filter));
        return filters(filter, model, "portfolio/coverage");
    }

    @GetMapping("/portfolio/competition")
    String competition(@RequestParam(required = false) Long regionId,
            @RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) Long agencyId,
            Model model) {
        CountryFilter filter = new CountryFilter(regionId, fiscalYear, agencyId);
        model.addAttribute("competition", views.competition(filter));
        return filters(filter, model, "portfolio/competition");
    }

    private String filters(CountryFilter filter, Model model, String view) {
        model.addAttribute("filter", filter);
        model.addAttribute("highShare", CompetitionLevel.HIGH_SHARE);
        model.addAttribute("regionChoices", reference.regions());
        model.addAttribute("agencyChoices", agencies.activeAgencies());
        return view;
    }
}
