package org.ssaplanner.workforce.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.ssaplanner.workforce.CapacityService;

/** The workforce across the portfolio ({@code /workforce}): the agencies and countries with the largest shortfalls. */
@Controller
class WorkforcePortfolioController {

    private final CapacityService capacity;

    WorkforcePortfolioController(CapacityService capacity) {
        this.capacity = capacity;
    }

    @GetMapping("/workforce")
    String portfolio(Model model) {
        var rows = capacity.portfolio();
        model.addAttribute("agencies", rows.stream().filter(r -> !r.country()).limit(20).toList());
        model.addAttribute("countries", rows.stream().filter(r -> r.country()).limit(20).toList());
        return "workforce/portfolio";
    }
}
