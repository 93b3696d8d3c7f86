package org.ssaplanner.workforce.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.workforce.CapacityService;

/**
 * The workforce across the portfolio ({@code /workforce}): the agencies and countries with the largest shortfalls,
 * and every agency's posts in a fiscal year ({@code ?fy=2027&agency=3&page=1}).
 */
@Controller
class WorkforcePortfolioController {

    private final CapacityService capacity;
    private final AgencyService agencies;

    WorkforcePortfolioController(CapacityService capacity, AgencyService agencies) {
        this.capacity = capacity;
        this.agencies = agencies;
    }

    @GetMapping("/workforce")
    String portfolio(@RequestParam(name = "fy", required = false) Integer fiscalYear,
            @RequestParam(required = false) Long agency, @PageableDefault(size = 25) Pageable pageable, Model model) {
        // the US fiscal year starts on 1 October
        int year = fiscalYear != null ? fiscalYear : LocalDate.now(ZoneOffset.UTC).plusMonths(3).getYear();
        model.addAttribute("postYear", year);
        model.addAttribute("postAgency", agency);
        model.addAttribute("agencyChoices", agencies.tree());
        model.addAttribute("posts", capacity.postsAcrossPortfolio(year, agency,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
        var rows = capacity.portfolio();
        model.addAttribute("agencies", rows.stream().filter(r -> !r.country()).limit(20).toList());
        model.addAttribute("countries", rows.stream().filter(r -> r.country()).limit(20).toList());
        return "workforce/portfolio";
    }
}
